package dev.gha4j.review;

/**
 * One event under {@code on:}.
 *
 * @param event    the event name: {@code push}, {@code workflow_dispatch}, …
 * @param settings its settings in {@link Canonical} form ({@code {branches: [main]}}); empty for none
 * @param summary  its settings for people: {@code branches: main}
 */
record TriggerView(String event, String settings, String summary) {}
