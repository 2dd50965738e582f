// The peer side of bench/scripts/vs-gwf.sh: a CI workflow of the size of FinanceHub's ci.yml
// (6 jobs, about 40 steps) written for github-actions-workflow-ts, which its `gwf build` turns
// into .github/workflows/ci.yml. The script edits the first timeout (10 <-> 11) before each run,
// as it edits FinanceHub's pipeline before each `make generate`.
import { Workflow, NormalJob, Step } from 'github-actions-workflow-ts'

const checkout = new Step({ name: 'Check out', uses: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683' })
const python = new Step({ name: 'Set up Python', uses: 'actions/setup-python@42375524e23c412d93fb67b49958b491fce71c38', with: { 'python-version': '3.12', cache: 'pip' } })
const node = new Step({ name: 'Set up Node', uses: 'actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af', with: { 'node-version': '20', cache: 'npm' } })

function job(id: string, name: string, minutes: number, steps: Step[]): NormalJob {
  const j = new NormalJob(id, { name, 'runs-on': 'ubuntu-latest', 'timeout-minutes': minutes })
  j.addSteps(steps)
  return j
}

function run(name: string, script: string, dir = 'apps/backend'): Step {
  return new Step({ name, run: script, 'working-directory': dir })
}

const lint = job('backend-lint', 'Backend lint', 10, [checkout, python,
  run('Install', 'pip install -r requirements-dev.txt'),
  run('Ruff', 'ruff check .'), run('Format', 'ruff format --check .'), run('Types', 'mypy . --ignore-missing-imports')])
const test = job('backend-test', 'Backend tests', 20, [checkout, python,
  run('Install', 'pip install -r requirements.txt -r requirements-dev.txt'),
  run('Migrations', 'python manage.py makemigrations --check --dry-run'),
  run('Tests', 'pytest --cov=. --cov-report=xml --junitxml=junit.xml'),
  new Step({ name: 'Upload coverage', uses: 'codecov/codecov-action@b9fd7d16f6d7d1b5d2bec1a2887e65ceed900238', with: { files: 'apps/backend/coverage.xml' } })])
test.needs([lint])
const frontend = job('frontend', 'Frontend', 15, [checkout, node,
  run('Install', 'npm ci', 'apps/frontend'), run('Lint', 'npm run lint', 'apps/frontend'),
  run('Types', 'npm run typecheck', 'apps/frontend'), run('Tests', 'npm test -- --ci', 'apps/frontend'),
  run('Build', 'npm run build', 'apps/frontend')])
const image = job('image', 'Docker image', 20, [checkout,
  new Step({ name: 'Buildx', uses: 'docker/setup-buildx-action@b5ca514318bd6ebac0fb2aedd5d36ec1b5c232a2' }),
  new Step({ name: 'Build', uses: 'docker/build-push-action@471d1dc4e07e5cdedd4c2171150001c434f0b7a4', with: { context: '.', push: false } })])
image.needs([test, frontend])
const scan = job('scan', 'Dependency scan', 10, [checkout, python,
  new Step({ name: 'pip-audit', uses: 'pypa/gh-action-pip-audit@1220774d901786e6f652ae159f7b6bc8fea6d266', with: { inputs: 'apps/backend/requirements.txt' } }),
  run('npm audit', 'npm audit --audit-level=high', 'apps/frontend')])
const summary = job('summary', 'Summary', 5, [run('Summary', 'echo "CI finished" >> "$GITHUB_STEP_SUMMARY"', '.')])
summary.needs([image, scan])

export const ci = new Workflow('ci', {
  name: 'CI',
  on: { push: { branches: ['main'] }, pull_request: { branches: ['main'] } },
  permissions: { contents: 'read' },
})
ci.addJobs([lint, test, frontend, image, scan, summary])
