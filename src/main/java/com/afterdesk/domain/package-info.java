/**
 * The shared vocabulary of the product (platforms, complaint categories, emotions, script stages,
 * remedies). Plain enums with no dependencies, used by every feature, so features can talk about the same
 * things without depending on each other.
 */
package com.afterdesk.domain;
