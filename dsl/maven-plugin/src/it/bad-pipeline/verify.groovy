// A pipeline with mistakes fails the build with javac-style lines, writes nothing, and shows no stack trace.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] Deploy\.java:12: job id 'deploy now' must start with a letter/
assert log =~ /\[ERROR\] Deploy\.java:12: \[GHA005\]/
assert log =~ /\[ERROR\] Deploy\.java:13: \[GHA001\]/
assert log =~ /\[ERROR\] Deploy\.java:15: \[GHA006\]/
assert log =~ /\[ERROR\] Failed to execute goal dev\.gha4j:gha4j-maven-plugin:.*:generate .*: \d+ problems; no file was written\./
assert !new File(basedir, '.github').exists()
assert !(log =~ /(?m)^\s+at /)
true
