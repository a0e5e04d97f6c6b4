// Browser side of the badge wall. Loaded by the benchmark page; the Node side calls `window.runWall`.

/**
 * Puts `markup` (the HTML of `count` elements) into #wall and resolves once every element has fired
 * one of `events` (its final state) and that state has been rendered, or after `timeoutMs`.
 * The clock starts just before the markup is inserted, so bundle loading is outside it and element
 * creation, data, style, layout and paint are inside: the time until the user sees every final state.
 */
function runWall(markup, count, events, timeoutMs = 60_000) {
  const wall = document.getElementById('wall');
  wall.replaceChildren();
  return new Promise((resolve) => {
    const settled = new Set();
    const byEvent = {};
    let started = 0;
    let timer;
    const finish = () => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      for (const type of events) wall.removeEventListener(type, onFinal);
      // Requests made during the wall (the bundles loaded before it): when each started and ended.
      const fetches = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= started)
        .map((e) => ({ start: e.startTime - started, end: e.responseEnd - started }));
      resolve({ ms, settled: settled.size, byEvent, fetches });
    };
    function onFinal(event) {
      // Retargeted to the element itself; an element that fires twice counts once.
      if (settled.has(event.target)) return;
      settled.add(event.target);
      byEvent[event.type] = (byEvent[event.type] ?? 0) + 1;
      // A task queued from requestAnimationFrame runs once that frame's style, layout and paint are done.
      if (settled.size === count) requestAnimationFrame(() => setTimeout(finish, 0));
    }
    for (const type of events) wall.addEventListener(type, onFinal);
    timer = setTimeout(finish, timeoutMs);
    started = performance.now();
    wall.innerHTML = markup;
  });
}

/** The visible text of each element of the wall (rendered text of its shadow root, whitespace collapsed). */
function wallTexts() {
  return [...document.getElementById('wall').children].map((el) =>
    [...(el.shadowRoot ?? el).children]
      .map((child) => child.innerText ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

Object.assign(window, { runWall, wallTexts });
