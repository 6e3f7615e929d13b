import { Skeleton } from 'antd';

/** What stands in for a code view (viewer, editor, diff) while its code is fetched. */
export function CodeLoading({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-label={label}>
      <Skeleton active paragraph={{ rows: 6 }} title={false} />
    </div>
  );
}
