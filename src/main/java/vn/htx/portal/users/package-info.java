/**
 * Staff accounts, roles, login (with lock-out after repeated failures) and the audit log of every
 * back-office change. Owns {@code app_user}, {@code login_throttle}, {@code login_address_throttle}
 * and {@code audit_event}. Other modules ask {@link vn.htx.portal.users.UsersApi} who is acting;
 * their changes reach the audit log as {@link vn.htx.portal.shared.PortalChange} events, which
 * {@code AuditTrail} writes in the transaction that made them.
 */
package vn.htx.portal.users;
