/**
 * While `dirty`, warns before the browser tab closes or reloads (beforeunload) and before in-app
 * navigation or sign-out (the router's leave guard asks `question`).
 */
import { useEffect } from 'react';
import { setLeaveGuard } from './router';

export function useLeaveGuard(dirty: boolean, question: string): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const removeGuard = setLeaveGuard(() => window.confirm(question));
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      removeGuard();
    };
  }, [dirty, question]);
}
