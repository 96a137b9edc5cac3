/**
 * Keeps a form the renderer cannot draw (a hand-written shape it chokes on) from taking the whole
 * tab down: the preview shows the error instead, and tries again when `resetKey` changes (the
 * next edit), without remounting a working preview (which would lose the answers typed in it).
 */
import { Alert } from 'antd';
import { Component, type ReactNode } from 'react';

export class PreviewBoundary extends Component<{ children: ReactNode; resetKey: unknown }, { error?: string }> {
  override state: { error?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidUpdate(prev: { resetKey: unknown }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error !== undefined) this.setState({ error: undefined });
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <Alert type="warning" showIcon message={this.state.error} />;
  }
}
