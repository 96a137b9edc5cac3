/**
 * 网上申请 (`/matters/<code>/apply`): loads the live matter, runs the wizard, and shows the receipt
 * once the application is filed. Public: no sign-in.
 */
import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../shared/http';
import type { MatterVersion } from '../../../../schemas/types.generated';
import { useApplyWords } from './messages';
import { fetchLiveMatter, type Receipt } from './portal-api';
import { ApplyWizard } from './ApplyWizard';
import { ReceiptView } from './ReceiptView';

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'failed'; message: string } | { state: 'ready'; matter: MatterVersion };

export function ApplyPage({ code }: { code: string }) {
  const { w } = useApplyWords();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [receipt, setReceipt] = useState<Receipt | undefined>();

  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    setReceipt(undefined);
    fetchLiveMatter(code).then(
      (matter) => live && setLoaded({ state: 'ready', matter }),
      (err: unknown) => {
        if (!live) return;
        if (err instanceof ApiError && err.status === 404) setLoaded({ state: 'missing' });
        else setLoaded({ state: 'failed', message: (err as Error).message });
      },
    );
    return () => {
      live = false;
    };
  }, [code]);

  if (loaded.state === 'loading') return <Spin tip={w('apply.loading')} style={{ display: 'block', padding: 48 }}><div /></Spin>;
  if (loaded.state === 'missing') return <Alert type="warning" showIcon message={w('apply.notFound')} data-testid="apply-not-found" />;
  if (loaded.state === 'failed') return <Alert type="error" showIcon message={w('apply.loadFailed', { msg: loaded.message })} />;
  if (receipt) return <ReceiptView receipt={receipt} matterName={loaded.matter.definition.name} promisedDays={loaded.matter.definition.promisedDays} />;
  return <ApplyWizard matter={loaded.matter} onFiled={setReceipt} />;
}
