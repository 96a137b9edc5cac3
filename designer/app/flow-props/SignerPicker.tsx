/**
 * 会签 / 或签 signers of a step: a searchable multiple select over the step department's clerks and
 * leaders (GET /api/departments/:id/accounts?q=, asked again as the editor types, after a short
 * pause). Without a department there is nobody to pick. testid `prop-assignees`.
 */
import { Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { rememberAccounts, signerOptions, type SignerAccount } from '../../flow/signer-picker-model';
import { departmentAccounts } from '../api';
import { useI18n } from '../i18n';

const SEARCH_PAUSE_MS = 250;

export function SignerPicker({ departmentId, value, disabled, onChange }: { departmentId: string | undefined; value: readonly string[]; disabled: boolean; onChange(usernames: string[]): void }) {
  const { t } = useI18n();
  const [found, setFound] = useState<SignerAccount[]>([]);
  const [known, setKnown] = useState<ReadonlyMap<string, SignerAccount>>(new Map());
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const asked = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const search = (q: string) => {
    if (!departmentId) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const n = ++asked.current;
      setLoading(true);
      departmentAccounts(departmentId, q).then(
        (accounts) => {
          if (n !== asked.current) return; // a later search has been sent: its answer wins
          setFound(accounts);
          setKnown((k) => rememberAccounts(k, accounts));
          setFailed(false);
          setLoading(false);
        },
        () => {
          if (n !== asked.current) return;
          setFailed(true);
          setLoading(false);
        },
      );
    }, SEARCH_PAUSE_MS);
  };
  // The department's accounts once, so the chosen signers' chips carry names.
  useEffect(() => {
    setFound([]);
    search('');
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [departmentId]);

  const options = useMemo(() => signerOptions(found, value, known), [found, value, known]);
  if (!departmentId) return <Typography.Text type="secondary">{t('flow.props.signers.needDepartment')}</Typography.Text>;
  return (
    <>
      <Select
        data-testid="prop-assignees"
        mode="multiple"
        showSearch
        filterOption={false}
        allowClear
        disabled={disabled}
        placeholder={t('flow.props.signers.placeholder')}
        value={[...value]}
        options={options.map((o) => ({ value: o.value, label: o.unknown ? `${o.label}（${t('flow.props.signers.unknown')}）` : o.label }))}
        onSearch={search}
        onOpenChange={(open) => open && search('')}
        onChange={(v: string[]) => onChange(v)}
        notFoundContent={loading ? <Spin size="small" /> : t('flow.props.signers.none')}
        style={{ width: '100%' }}
      />
      {failed && <Typography.Text type="danger">{t('flow.props.signers.failed')}</Typography.Text>}
    </>
  );
}
