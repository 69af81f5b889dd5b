package org.jingzhun.users;

/** A Camunda group with what it grants and how many members it has. */
public record GroupRow(String id, String name, String type, Membership grants, long members) {
}
