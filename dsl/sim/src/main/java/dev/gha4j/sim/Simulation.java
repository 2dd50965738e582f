package dev.gha4j.sim;

import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a workflow locally, in milliseconds, to test what it does: which jobs run in which order,
 * what their {@code if}s decide, which outputs flow where, and what the {@code run} scripts do
 * against fake cloud tools. No Docker, no network: {@code uses} steps are stubbed
 * ({@link ActionStub}); {@code run} steps really run in bash, in a temporary directory per job,
 * with fake commands first on {@code PATH} ({@link FakeCommand}).
 *
 * <pre>{@code
 * SimulationResult run = Simulation.of(new Deploy().workflow())
 *     .on(Event.push("main"))
 *     .action("aws-actions/amazon-ecr-login", ActionStub.succeeds().output("registry", "1.dkr.ecr"))
 *     .fake("aws", aws -> aws.when("ecs describe-tasks *", Answer.prints("1")))
 *     .run();
 * assertThat(run.job("deploy-staging").failed()).as(run.toString()).isTrue();
 * }</pre>
 *
 * Time is simulated: fake {@code sleep} and answers that take time ({@link Answer#andTakes})
 * advance each job's clock, and {@code timeout-minutes} holds on it; {@link ConcurrentRuns} runs
 * several runs with their {@code concurrency} group. Not simulated: services and containers (steps
 * run on this machine), {@code runs-on}, job-level concurrency groups, artifacts and caches (see
 * docs/simulation.md for the whole list).
 */
public final class Simulation {
  final Workflow workflow;
  Event event = Event.push("main");
  final Map<String, String> secrets = new LinkedHashMap<>();
  final Map<String, String> vars = new LinkedHashMap<>();
  final Map<String, Map<String, String>> environmentVars = new LinkedHashMap<>();
  final Map<String, ActionStub> actions = new LinkedHashMap<>();
  final Map<String, FakeCommand> fakes = new LinkedHashMap<>();
  final Set<String> unfaked = new HashSet<>();
  final Map<String, String> workspaceFiles = new LinkedHashMap<>();
  Duration stepTimeout = Duration.ofSeconds(10);
  long runNumber = 1;
  String sha = "0123456789abcdef0123456789abcdef01234567";
  String actor = "octocat";
  String repository = "octo-org/octo-repo";
  Function<List<String>, String> hashFiles = Functions::fakeHash;
  String cancelAfter;
  Duration cancelAt;
  String cancelReason = "someone cancelled it";
  boolean keepFiles;
  final List<FakeModel<?>> models = new ArrayList<>();
  /** The faults this run injects ({@link #inject}), causes first. */
  List<Fault> faults = List.of();
  /** Where a sweep's run without faults records the state after each job, or null. */
  Replay recording;
  /** The run without faults whose first jobs this faulted run takes instead of running them, or null. */
  Replay replaying;

  private Simulation(Workflow workflow) {
    this.workflow = Objects.requireNonNull(workflow, "workflow");
    secrets.put("GITHUB_TOKEN", "ghs_simulatedTokenForTests");
  }

  /** A copy that shares this one's settings (they are only read while running) and injects {@code faults}. */
  private Simulation(Simulation s, List<Fault> faults) {
    this(s.workflow);
    event = s.event;
    secrets.putAll(s.secrets);
    vars.putAll(s.vars);
    environmentVars.putAll(s.environmentVars);
    actions.putAll(s.actions);
    fakes.putAll(s.fakes);
    unfaked.addAll(s.unfaked);
    workspaceFiles.putAll(s.workspaceFiles);
    models.addAll(s.models);
    stepTimeout = s.stepTimeout;
    runNumber = s.runNumber;
    sha = s.sha;
    actor = s.actor;
    repository = s.repository;
    hashFiles = s.hashFiles;
    cancelAfter = s.cancelAfter;
    cancelAt = s.cancelAt;
    cancelReason = s.cancelReason;
    keepFiles = s.keepFiles;
    List<Fault> all = new ArrayList<>(s.faults);
    all.addAll(faults);
    this.faults = List.copyOf(all);
  }

  /**
   * A simulation of this workflow, on a push to {@code main} until {@link #on} says otherwise.
   *
   * @param workflow the workflow to run, as built by the pipeline; not null
   * @return a simulation with the defaults, ready to be configured and {@link #run() run}
   */
  public static Simulation of(Workflow workflow) {
    return new Simulation(workflow);
  }

  /**
   * A simulation of the workflow this source makes.
   *
   * @param source a pipeline class, e.g. {@code new Deploy()}; its {@code workflow()} is built once, here
   * @return a simulation of that workflow with the defaults
   */
  public static Simulation of(WorkflowSource source) {
    return new Simulation(source.workflow());
  }

  /**
   * The event that starts the run, matched against the workflow's {@code on:} filters.
   *
   * @param value the event, e.g. {@code Event.push("main").changing("apps/api/pom.xml")}; not null
   * @return this simulation
   */
  public Simulation on(Event value) {
    event = Objects.requireNonNull(value);
    return this;
  }

  /**
   * A repository secret ({@code secrets.<name>}); unset secrets read as empty, as on GitHub.
   * {@code GITHUB_TOKEN} has a fake value already.
   *
   * @param name  the secret's name, e.g. {@code AWS_ROLE_ARN}
   * @param value its value in this run
   * @return this simulation
   */
  public Simulation secret(String name, String value) {
    secrets.put(name, value);
    return this;
  }

  /**
   * A repository configuration variable ({@code vars.<name>}); unset variables read as empty.
   *
   * @param name  the variable's name
   * @param value its value in this run
   * @return this simulation
   */
  public Simulation variable(String name, String value) {
    vars.put(name, value);
    return this;
  }

  /**
   * A variable of one deployment environment, seen only by jobs with {@code environment: <environment>};
   * there it hides a repository variable of the same name.
   *
   * @param environment the environment's name, e.g. {@code production}
   * @param name        the variable's name
   * @param value       its value for the jobs of that environment
   * @return this simulation
   */
  public Simulation variable(String environment, String name, String value) {
    environmentVars.computeIfAbsent(environment, e -> new LinkedHashMap<>()).put(name, value);
    return this;
  }

  /**
   * Stubs every step that uses this action ({@code owner/repo}, {@code owner/repo/path}, or a
   * {@code ./local} or {@code docker://} reference as written), or every job that calls this
   * reusable workflow (its {@code uses} without {@code @ref}). {@link #run()} refuses a stub for an
   * action no step uses, since a typo there would let a test pass for the wrong reason.
   *
   * @param repository the action without {@code @ref}, e.g. {@code aws-actions/amazon-ecr-login}
   * @param stub       what its steps do, e.g. {@code ActionStub.succeeds().output("registry", "1.dkr.ecr")}
   * @return this simulation
   */
  public Simulation action(String repository, ActionStub stub) {
    actions.put(repository, Objects.requireNonNull(stub));
    return this;
  }

  /**
   * Scripts a fake command (see {@link FakeCommand} for the rule syntax). Scripting the same
   * command again puts the new rules in front of the earlier ones, so a test can override one call
   * of a shared scenario.
   *
   * @param command  the command's name as scripts call it, e.g. {@code aws}
   * @param scenario writes the rules, e.g. {@code aws -> aws.when("ecs describe-tasks *", Answer.prints("1"))}
   * @return this simulation
   * @throws IllegalArgumentException when {@code command} is not a command name (letters, digits, {@code . _ + -})
   */
  public Simulation fake(String command, Consumer<FakeCommand> scenario) {
    Toolbox.checkName(command);
    unfaked.remove(command);
    FakeCommand added = new FakeCommand(command);
    scenario.accept(added);
    FakeCommand earlier = fakes.get(command);
    fakes.put(command, earlier == null ? added : added.over(earlier));
    return this;
  }

  /**
   * Answers calls of the model's commands with Java code and a state object, new for each run
   * (see {@link FakeModel}); rules scripted with {@link #fake} for the same command go first.
   *
   * @param model the model, e.g. {@code FakeModel.of(Cloud::new).answers("aws", Cloud::aws)}
   * @return this simulation
   * @throws IllegalArgumentException when another model of this simulation answers one of its commands
   */
  public Simulation model(FakeModel<?> model) {
    for (String command : model.commands()) {
      for (FakeModel<?> earlier : models) {
        if (earlier.commands().contains(command)) throw new IllegalArgumentException("'" + command + "' has a model already");
      }
      unfaked.remove(command);
    }
    models.add(model);
    return this;
  }

  /**
   * A copy of this simulation whose run breaks one call, and the calls its causes name (see
   * {@link Fault}); to replay one run of {@link #everyFault()}.
   *
   * @param fault a fault found by a sweep, e.g. {@code faultRun.fault()}; not null
   * @return a new simulation with this one's settings; this one is left as it was
   */
  public Simulation inject(Fault fault) {
    return new Simulation(this, Objects.requireNonNull(fault, "fault").chain());
  }

  /** A copy whose run records the state after each job into {@code replay} (for a {@link FaultSweep}). */
  Simulation recordingInto(Replay replay) {
    Simulation copy = new Simulation(this, List.of());
    copy.recording = replay;
    return copy;
  }

  /** A copy injecting {@code fault} that takes the jobs before it from {@code replay}. */
  Simulation injectReplaying(Fault fault, Replay replay) {
    Simulation copy = inject(fault);
    copy.replaying = replay;
    return copy;
  }

  /**
   * Every fault of this simulation's run, one run each, with the default settings of
   * {@link #faults()}: each call of a fake command (but {@code sleep}) and each {@code uses} step
   * of the run is made to fail, hang or answer nothing, then the calls those runs reach that this
   * run did not (a rollback's, a retry's) in turn.
   *
   * @return the run without faults and one run per fault, in the order the faults were found
   */
  public FaultRuns everyFault() {
    return faults().run();
  }

  /**
   * A sweep over this simulation's faults, to be narrowed before it {@link FaultSweep#run runs}.
   *
   * @return a sweep with every kind of fault, 2 faults per run at most, sparing only {@code sleep}
   */
  public FaultSweep faults() {
    return new FaultSweep(this);
  }

  /**
   * Lets a command that is faked by default (see {@link #defaultFakes()}) be the machine's real one.
   *
   * @param command one of {@link #defaultFakes()}, e.g. {@code git}
   * @return this simulation
   * @throws IllegalArgumentException for {@code sleep} (always fake) or a command not faked by default
   */
  public Simulation unfake(String command) {
    if (command.equals("sleep")) throw new IllegalArgumentException("sleep is always fake, so retry loops run in milliseconds");
    if (!Toolbox.DEFAULT_FAKES.contains(command)) {
      throw new IllegalArgumentException("'" + command + "' is not faked by default; defaults: " + defaultFakes());
    }
    unfaked.add(command);
    fakes.remove(command);
    return this;
  }

  /**
   * The commands faked (exit 0, no output) unless a test scripts or unfakes them.
   *
   * @return the cloud, network and build tools a run does not reach for real ({@code aws}, {@code curl},
   *         {@code docker}, {@code git}, {@code npm}, …) and {@code sleep}
   */
  public static Set<String> defaultFakes() {
    return Toolbox.DEFAULT_FAKES;
  }

  /**
   * A file every job's workspace starts with (the checkout is otherwise empty).
   *
   * @param path    relative to the repository root, e.g. {@code apps/api/version.txt}
   * @param content the file's text, written as UTF-8
   * @return this simulation
   */
  public Simulation workspaceFile(String path, String content) {
    workspaceFiles.put(path, content);
    return this;
  }

  /**
   * Wall time after which a {@code run} step is killed and reported as failed, timed out: a guard
   * against a script that really hangs (the simulated clock's timeouts cost no wall time).
   *
   * @param value the real time a step may take (default 10 s)
   * @return this simulation
   */
  public Simulation stepTimeout(Duration value) {
    stepTimeout = value;
    return this;
  }

  /**
   * Sets {@code github.run_number}.
   *
   * @param value the run's number (default 1)
   * @return this simulation
   */
  public Simulation runNumber(long value) {
    runNumber = value;
    return this;
  }

  /**
   * Sets {@code github.sha}, the commit the run is for.
   *
   * @param value a commit id (default {@code 0123456789abcdef0123456789abcdef01234567})
   * @return this simulation
   */
  public Simulation sha(String value) {
    sha = value;
    return this;
  }

  /**
   * Sets {@code github.actor}, the user who triggered the run.
   *
   * @param value a GitHub login (default {@code octocat})
   * @return this simulation
   */
  public Simulation actor(String value) {
    actor = value;
    return this;
  }

  /**
   * Sets {@code github.repository} (and {@code github.repository_owner}).
   *
   * @param value {@code owner/name} (default {@code octo-org/octo-repo})
   * @return this simulation
   */
  public Simulation repository(String value) {
    repository = value;
    return this;
  }

  /**
   * Answers {@code hashFiles(patterns…)}, which the simulator cannot compute from files it does not have.
   *
   * @param value gives the hash for the patterns as written; the default is a SHA-256 of the patterns,
   *              so equal patterns give equal cache keys
   * @return this simulation
   */
  public Simulation hashFiles(Function<List<String>, String> value) {
    hashFiles = value;
    return this;
  }

  /**
   * Cancels the run when this job ends, as if someone pressed "Cancel workflow": later jobs are
   * cancelled unless their {@code if} holds for a cancelled run.
   *
   * @param jobId the id of the job after which the run is cancelled
   * @return this simulation
   */
  public Simulation cancelAfter(String jobId) {
    cancelAfter = jobId;
    return this;
  }

  /**
   * Cancels the run at this time on the simulated clock, as if someone pressed "Cancel workflow"
   * then: the steps running at that moment are cancelled, jobs not yet started are cancelled
   * (unless their {@code if} holds for a cancelled run, e.g. {@code always()}).
   *
   * @param time since the run started, on the simulated clock
   * @return this simulation
   */
  public Simulation cancelAt(Duration time) {
    cancelAt = time;
    return this;
  }

  /**
   * Keeps the temporary directory (workspaces, scripts, fakes) for debugging; its path is printed
   * on standard error.
   *
   * @return this simulation
   */
  public Simulation keepFiles() {
    keepFiles = true;
    return this;
  }

  /**
   * Runs the simulation: matches the event, then decides and runs the jobs in {@code needs} order.
   * A simulation can run again; each run gets new files and new model states.
   *
   * @return what the run did; when the event does not trigger the workflow, a result with no jobs
   * @throws IllegalArgumentException when a stub names an action no step uses
   * @throws dev.gha4j.source.Gha4jException when a job needs a job the workflow does not have, or
   *                                         jobs need each other in a cycle
   */
  public SimulationResult run() {
    return new Scheduler(this).run();
  }
}
