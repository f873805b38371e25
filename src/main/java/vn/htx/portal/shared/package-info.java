/**
 * Helpers every module may use: slugs, Vietnamese text handling, paging, formatting for the views,
 * the HTTP filters and valves shared by all pages, and {@link vn.htx.portal.shared.PortalChange},
 * the contract of every change event. Owns no data.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.htx.portal.shared;

import org.springframework.modulith.ApplicationModule;
