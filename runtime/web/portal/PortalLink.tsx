/**
 * A link inside the portal: a real `<a href>` (so it opens in a new tab and reads as a link to a
 * screen reader) that navigates client-side on a plain left click.
 */
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { href, navigate } from './router';

export function PortalLink(props: { to: string; children: ReactNode; testId?: string; className?: string; style?: CSSProperties; title?: string; current?: boolean }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={href(props.to)} onClick={onClick} data-testid={props.testId} className={props.className} style={props.style} title={props.title} aria-current={props.current ? 'page' : undefined}>
      {props.children}
    </a>
  );
}
