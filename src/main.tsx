import 'antd/dist/antd.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, dataSettled, routerReady } from './app/app';
import { loadAntdLocale } from './app/theme';
import { detectLocale } from './i18n/i18n';

function render() {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The first view comes in one language: antd's texts for it are there before the first render (in
// Chinese a small file, fetched beside the page's code and data; in English nothing to wait for). It
// comes as one page: the shell and the page the address names render together (routerReady).
// Over the list the server rendered into the page, the first render waits for the same answer (adopted
// from the page by src/first-list/), so that the rows it replaces are the rows it shows.
const serverRendered = document.querySelector('#root > [data-server-render]') !== null;
void Promise.allSettled([
  loadAntdLocale(detectLocale()),
  routerReady(1000).then(() => (serverRendered ? dataSettled(1000) : undefined)),
]).finally(render);
