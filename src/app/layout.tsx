import { Layout } from 'antd';
import { Outlet } from 'react-router';

/** The shell: header (product, project picker, language, theme, data source) and the page. */
export function AppLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header>Zadig</Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
