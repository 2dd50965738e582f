package com.financehub.pipelines;

import dev.gha4j.model.ActionRef;

/** Actions FinanceHub uses, pinned by commit (newest release tags as of 2026-08). */
final class Pinned {
  private Pinned() {}

  static final ActionRef CHECKOUT =
      new ActionRef("actions/checkout", "3d3c42e5aac5ba805825da76410c181273ba90b1", "v7.0.1");
  static final ActionRef SETUP_PYTHON =
      new ActionRef("actions/setup-python", "5fda3b95a4ea91299a34e894583c3862153e4b97", "v7.0.0");
  static final ActionRef SETUP_NODE =
      new ActionRef("actions/setup-node", "820762786026740c76f36085b0efc47a31fe5020", "v7.0.0");
  static final ActionRef UPLOAD_ARTIFACT =
      new ActionRef("actions/upload-artifact", "bbbca2ddaa5d8feaa63e36b76fdaad77386f024f", "v7.0.0");
  static final ActionRef DEPENDENCY_REVIEW =
      new ActionRef("actions/dependency-review-action", "2031cfc080254a8a887f58cffee85186f0e49e48", "v4.9.0");
  static final ActionRef CODECOV =
      new ActionRef("codecov/codecov-action", "671740ac38dd9b0130fbe1cec585b89eea48d3de", "v5.5.2");
  static final ActionRef TRIVY =
      new ActionRef("aquasecurity/trivy-action", "ed142fd0673e97e23eac54620cfb913e5ce36c25", "v0.36.0");
  static final ActionRef CONFIGURE_AWS_CREDENTIALS =
      new ActionRef("aws-actions/configure-aws-credentials", "e6de054238d6b7531b4efff3b6587d9aade6a06c", "v6.2.3");
  static final ActionRef AMAZON_ECR_LOGIN =
      new ActionRef("aws-actions/amazon-ecr-login", "03f1aad4c6c7ffd436567f42f9384779290529bd", "v2.1.7");
  static final ActionRef SLACK =
      new ActionRef("slackapi/slack-github-action", "dcb1066f776dd043e64d0e8ba94ca15cc7e1875d", "v4.0.0");
  static final ActionRef GH_RELEASE =
      new ActionRef("softprops/action-gh-release", "b4309332981a82ec1c5618f44dd2e27cc8bfbfda", "v3.0.0");
  static final ActionRef PIP_AUDIT =
      new ActionRef("pypa/gh-action-pip-audit", "1220774d901786e6f652ae159f7b6bc8fea6d266", "v1.1.0");
  static final ActionRef CODEQL_INIT =
      new ActionRef("github/codeql-action/init", "8aad20d150bbac5944a9f9d289da16a4b0d87c1e", "v4.36.2");
  static final ActionRef CODEQL_ANALYZE =
      new ActionRef("github/codeql-action/analyze", "8aad20d150bbac5944a9f9d289da16a4b0d87c1e", "v4.36.2");
}
