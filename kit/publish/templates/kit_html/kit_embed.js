// kit: draw each chart of an exported page with vega-embed (see kit/publish/export.py).
(function () {
  "use strict";
  // Vega asks its loader for every data file and image: refuse all but
  // data: URLs, so no request leaves the page. Clicked links (href) may open.
  function refuse(uri) {
    return new Error("kit pages load nothing from the network: " + uri);
  }
  var offlineLoader = {
    load: function (uri) { return Promise.reject(refuse(uri)); },
    sanitize: function (uri, options) {
      uri = String(uri);
      var clicked = options && options.context === "href";
      // a link within the site (no scheme, not //host) or to the web, opened on a click
      var local = !/^[a-z][a-z0-9+.\-]*:/i.test(uri) && !/^[\\/][\\/]/.test(uri);
      if (clicked && local) { return Promise.resolve({href: uri}); }
      if (clicked && /^https?:/i.test(uri)) { return Promise.resolve({href: uri, rel: "noopener noreferrer"}); }
      if (/^data:/i.test(uri)) { return Promise.resolve({href: uri}); }
      return Promise.reject(refuse(uri));
    }
  };
  var options = {
    mode: "vega-lite",
    renderer: "svg",
    actions: {export: true, source: false, compiled: false, editor: false},
    loader: offlineLoader
  };
  window.kitCharts = [];
  window.kitEmbed = function (id, spec) {
    var el = document.getElementById(id);
    var done = vegaEmbed(el, spec, options).then(function (result) {
      el.setAttribute("data-kit-rendered", "true");
      return result;
    }).catch(function (error) {
      el.setAttribute("data-kit-rendered", "error");
      el.textContent = "kit: this chart could not be drawn: " + error;
    });
    window.kitCharts.push(done);
  };
})();
