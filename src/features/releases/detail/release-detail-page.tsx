export function ReleaseDetailPage() {
  return <div />;
}
