// The benchmark's floor: the least a page can do to show the same data. It fetches the same JSON as
// the app and writes a plain HTML table. `?project=P&page=N&size=S` lists versions; `?detail=NAME&project=P`
// lists a version's services and images.
const params = new URLSearchParams(location.search);
const out = document.getElementById('out');
const project = params.get('project') ?? 'yaml-demo';

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.appendChild(td);
}

function table(headers, rows) {
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  for (const h of headers) {
    const th = document.createElement('th');
    th.textContent = h;
    head.appendChild(th);
  }
  const body = t.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const value of r) cell(tr, value);
  }
  out.replaceChildren(t);
}

async function main() {
  const detail = params.get('detail');
  if (detail) {
    // The console's own detail by name (the same request the app's version page makes).
    const res = await fetch(
      `/api/projects/${encodeURIComponent(project)}/versions/${encodeURIComponent(detail)}`,
    );
    const body = await res.json();
    table(
      ['Service', 'Images'],
      body.services.map((s) => [s.serviceName, s.images.map((i) => i.targetImage).join(', ')]),
    );
    return;
  }
  const page = params.get('page') ?? '1';
  const size = params.get('size') ?? '20';
  // The console's own list (the same request the app's first page makes).
  const res = await fetch(`/api/projects/${encodeURIComponent(project)}/versions?page=${page}&size=${size}`);
  const body = await res.json();
  table(
    ['Version', 'Status', 'Labels', 'Created by', 'Created'],
    body.items.map((r) => [
      r.name,
      r.status,
      r.labels.join(', '),
      r.createdBy,
      r.createdAt === null ? '' : new Date(r.createdAt).toLocaleString(),
    ]),
  );
}

main().catch((e) => {
  out.textContent = String(e);
});
