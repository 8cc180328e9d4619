// Suggestions for the search boxes: a progressive enhancement of plain GET forms.
// Each input with data-suggest="<url>" gets a native <datalist> filled with titles from that URL
// as the reader types; without JavaScript the forms work exactly the same.
(function () {
    "use strict";
    var DELAY = 200;
    var MIN_LENGTH = 2;

    function enhance(input, index) {
        var list = document.createElement("datalist");
        list.id = "search-suggestions-" + index;
        input.parentNode.appendChild(list);
        input.setAttribute("list", list.id);
        var timer = null;
        var lastAsked = "";

        function show(titles) {
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
            titles.forEach(function (title) {
                var option = document.createElement("option");
                option.value = title;
                list.appendChild(option);
            });
        }

        function ask() {
            var text = input.value.trim();
            if (text.length < MIN_LENGTH || text === lastAsked) {
                return;
            }
            lastAsked = text;
            var url = input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(text);
            fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) {
                    if (input.value.trim() === text) {
                        show(data.suggestions || []);
                    }
                })
                .catch(function () { show([]); });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(ask, DELAY);
        });
    }

    function start() {
        if (!window.fetch) {
            return;
        }
        var inputs = document.querySelectorAll("input[data-suggest]");
        Array.prototype.forEach.call(inputs, enhance);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
