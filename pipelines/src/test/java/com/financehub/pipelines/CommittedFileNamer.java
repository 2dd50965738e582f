package com.financehub.pipelines;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.namer.ApprovalNamer;

/**
 * Points ApprovalTests at the committed workflow as the approved file, and keeps the received file
 * in {@code target/approvals/} so a failing run never writes into {@code generated/}.
 */
final class CommittedFileNamer implements ApprovalNamer {
  private final Path approved;
  private String additional = "";

  CommittedFileNamer(Path approved) {
    this.approved = approved;
  }

  @Override
  public File getApprovedFile(String extension) {
    return approved.toFile();
  }

  @Override
  public File getReceivedFile(String extension) {
    return Path.of("target", "approvals", approved.getFileName() + ".received.yml").toAbsolutePath().toFile();
  }

  @Override
  public String getApprovalName() {
    return approved.getFileName().toString();
  }

  @Override
  public String getSourceFilePath() {
    return approved.getParent().toString();
  }

  @Override
  public ApprovalNamer addAdditionalInformation(String info) {
    additional = info;
    return this;
  }

  @Override
  public String getAdditionalInformation() {
    return additional;
  }
}
