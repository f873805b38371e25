/**
 * Staff accounts, roles, login (with lock-out after repeated failures) and the audit log of every
 * back-office change. Owns {@code app_user}, {@code login_throttle}, {@code login_address_throttle} and {@code audit_event}. Other
 * modules ask {@link vn.htx.portal.users.UsersApi} who is acting and record changes through
 * {@link vn.htx.portal.users.AuditLog}.
 */
package vn.htx.portal.users;
