export function ReleaseListPage() {
  return <div />;
}
