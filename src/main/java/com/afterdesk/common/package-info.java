/**
 * Small plain-Java helpers every feature may use: translated messages, user-facing errors, the task-runner
 * interface. JavaFX helpers live in {@code common.ui}.
 */
package com.afterdesk.common;
