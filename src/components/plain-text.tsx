import { createElement, type HTMLAttributes, type ReactNode } from 'react';

/**
 * antd's Typography look for plain headings and text, without Typography's script (ellipsis, copy and
 * edit machinery, ~20 KB gzipped): the same class names, styled by antd's static stylesheet. Used on
 * the pages of the first visit; pages that load later keep antd's Typography.
 */
type Tone = 'secondary' | 'warning' | 'danger' | 'success';

interface Props extends HTMLAttributes<HTMLElement> {
  type?: Tone;
  strong?: boolean;
  children?: ReactNode;
}

function classes(type: Tone | undefined, className: string | undefined) {
  return ['ant-typography', 'plain-typography', type && `ant-typography-${type}`, className]
    .filter(Boolean)
    .join(' ');
}

export function Title({ level = 1, className, children, ...rest }: Props & { level?: 1 | 2 | 3 | 4 | 5 }) {
  return createElement(`h${level}`, { ...rest, className: classes(undefined, className) }, children);
}

function plain(tag: 'span' | 'div') {
  return function Plain({ type, strong, className, children, ...rest }: Props) {
    const content = strong ? <strong>{children}</strong> : children;
    return createElement(tag, { ...rest, className: classes(type, className) }, content);
  };
}

export const Text = plain('span');
export const Paragraph = plain('div');
