// The Wagtail admin's widget and panel initialisers, run from inert data instead of inline scripts,
// so that the admin's Content-Security-Policy needs no 'unsafe-inline' for scripts.
//
// Wagtail writes <script>new PageChooser("id", {...})</script> and the like after choosers, date
// pickers and inline panels. exchange/admin_csp.py and the overridden templates (wagtailadmin/
// under site/templates/ and site/home/templates/) write instead
//   <script type="application/json" data-admin-init="PageChooser" data-admin-init-id="id"
//           data-admin-init-options="{...}"></script>
// which the browser never runs. This file makes the same call, for the initialisers below only:
// an attribute can name nothing else, and nothing here evaluates text as code.
//
// Loaded with `defer` on every admin page (exchange/home/wagtail_hooks.py): it runs after every
// parser-inserted script (Wagtail's widget media included) and before DOMContentLoaded, where
// Stimulus connects its controllers, so the initialisers still run in document order and before
// them, as the inline scripts did. Forms added later (an inline panel's "Add", a form in a modal)
// are initialised as they arrive.
(function () {
    "use strict";

    var SELECTOR = "[data-admin-init]";
    var CONSTRUCTORS = [
        "InlinePanel",
        "MultipleChooserPanel",
        "Chooser",
        "PageChooser",
        "ImageChooser",
        "DocumentChooser",
        "SnippetChooser",
    ];
    var FUNCTIONS = ["initDateChooser", "initTimeChooser", "initDateTimeChooser", "createTaskChooser"];

    function argumentsOf(element) {
        var args = [];
        if (element.hasAttribute("data-admin-init-id")) {
            args.push(element.getAttribute("data-admin-init-id"));
        }
        if (element.hasAttribute("data-admin-init-options")) {
            args.push(JSON.parse(element.getAttribute("data-admin-init-options")));
        }
        return args;
    }

    function initialise(element) {
        var name = element.getAttribute("data-admin-init");
        // Once only, however many times the element is found (on load, by an event, by the
        // observer); a copy made from an inline panel's template is a new element.
        element.removeAttribute("data-admin-init");
        var isConstructor = CONSTRUCTORS.indexOf(name) !== -1;
        if (!isConstructor && FUNCTIONS.indexOf(name) === -1) {
            console.error("Not an admin initialiser, not run: " + name);
            return;
        }
        try {
            var args = argumentsOf(element);
            if (isConstructor) {
                Reflect.construct(window[name], args);
            } else {
                window[name].apply(window, args);
            }
        } catch (error) {
            // Reported as uncaught, but one broken widget leaves the others initialised.
            window.setTimeout(function () { throw error; });
        }
    }

    function initialiseWithin(root) {
        if (root.nodeType !== Node.ELEMENT_NODE) {
            return;
        }
        if (root.matches(SELECTOR)) {
            initialise(root);
        }
        Array.prototype.forEach.call(root.querySelectorAll(SELECTOR), initialise);
    }

    initialiseWithin(document.documentElement);

    // An inline panel announces its new child synchronously, before a multiple chooser panel
    // looks up the chooser widget in it (ChooserFactory.getById): the observer would be too late.
    document.addEventListener("w-formset:added", function (event) {
        initialiseWithin(event.target);
    });

    new MutationObserver(function (mutations) {
        mutations.forEach(function (mutation) {
            Array.prototype.forEach.call(mutation.addedNodes, initialiseWithin);
        });
    }).observe(document.documentElement, { childList: true, subtree: true });
})();
