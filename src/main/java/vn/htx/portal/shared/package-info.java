/**
 * Helpers every module may use: slugs, Vietnamese text handling, paging, formatting for the views
 * and the HTTP filters shared by all pages. Owns no data.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.htx.portal.shared;

import org.springframework.modulith.ApplicationModule;
