/** What the server gives the list's renderer (src/server-render/render-list.tsx, server/page-render.ts). */
export interface ListRender {
  /** The page's address (path and query), e.g. `/projects/p/releases?page=2`. */
  url: string;
  projectKey: string;
  locale: 'zh-CN' | 'en-US';
  theme: 'light' | 'dark';
  /** The versions API's answer for the page's first list request. */
  list: unknown;
}

export type RenderList = (input: ListRender) => Promise<{ html: string; styles: string } | null>;
