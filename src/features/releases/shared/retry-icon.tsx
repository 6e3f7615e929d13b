import { RetweetOutlined } from '@ant-design/icons';

/**
 * The retry action's icon: a square loop of arrows, not a circular arrow, which would read as the
 * spinner of the Creating and Retrying statuses. Always shown with the word "Retry".
 */
export function RetryIcon() {
  return <RetweetOutlined aria-hidden data-icon="retry" />;
}
