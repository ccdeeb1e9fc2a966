/*
 * Officials' task lists open sorted by deadline, earliest first (D-1): Tasklist takes its sorting from the address
 * (?sorting=...), created date by default, not from the filter; this module adds the deadline sorting to the list's
 * address when none is chosen. A sorting the official picks in the list stays as chosen.
 */
const BY_DEADLINE = encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));

function sortByDeadline() {
  const hash = window.location.hash || '';
  const onList = hash === '' || hash === '#' || hash.startsWith('#/?') || hash === '#/';
  if (!onList || hash.includes('sorting=')) {
    return;
  }
  const base = hash.startsWith('#/') ? hash : '#/';
  window.location.replace(base + (base.includes('?') ? '&' : '?') + 'sorting=' + BY_DEADLINE);
}

if (typeof window !== 'undefined' && !window.__hanoiDeadlineSorting) {
  window.__hanoiDeadlineSorting = true;
  window.addEventListener('hashchange', sortByDeadline);
  sortByDeadline();
}

export default [];
