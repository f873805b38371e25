package vn.htx.portal.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import vn.htx.portal.shared.ConcurrentEditException;

/** The form again after a refused stale save: what was typed, now based on the newer version, and why. */
public final class StaleEdits {

    private StaleEdits() {}

    /**
     * Puts {@code form} (the typed values, carrying the version stored now, so that a second save is
     * a deliberate choice) in the model under {@code name} with the "somebody else saved" message.
     */
    public static void show(Model model, Object form, String name) {
        BindingResult result = new BeanPropertyBindingResult(form, name);
        result.reject(ConcurrentEditException.MESSAGE_KEY);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
    }
}
