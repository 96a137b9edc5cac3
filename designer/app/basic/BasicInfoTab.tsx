/**
 * 基本信息: every service-guide element of the matter (办事指南) except its materials, form and
 * flow, as a form in collapsible sections. Edits are pure updates handed to the page's `onChange`;
 * text is committed on blur. Read-only shows the same form disabled.
 * testids: `basic-<property>` on each input (basic-name, basic-promisedDays …), list rows
 * `basic-<list>-…-<i>`, the inline warning `basic-promise-warning`.
 */
import { Collapse, Form } from 'antd';
import type { ReactNode } from 'react';
import type { EditorTabProps } from '../editor-tab';
import { useI18n, type MessageKey } from '../i18n';
import { DeskSection } from './DeskSection';
import { FeesSection } from './FeesSection';
import { GeneralSection } from './GeneralSection';
import { LegalSection } from './LegalSection';
import { PlaceSection } from './PlaceSection';
import { RemedySection } from './RemedySection';
import { ResultSection, SearchSection } from './ResultSection';
import type { SectionProps } from './section-props';
import { TimeSection } from './TimeSection';

const SECTIONS: ReadonlyArray<[key: string, title: MessageKey, Section: (props: SectionProps) => ReactNode]> = [
  ['general', 'basic.section.general', GeneralSection],
  ['time', 'basic.section.time', TimeSection],
  ['desk', 'basic.section.desk', DeskSection],
  ['legal', 'basic.section.legal', LegalSection],
  ['remedy', 'basic.section.remedy', RemedySection],
  ['fees', 'basic.section.fees', FeesSection],
  ['place', 'basic.section.place', PlaceSection],
  ['result', 'basic.section.result', ResultSection],
  ['search', 'basic.section.search', SearchSection],
];

export function BasicInfoTab({ definition, readOnly, onChange, departments, lockDepartment }: EditorTabProps) {
  const { t } = useI18n();
  const props: SectionProps = { definition, readOnly, edit: onChange, departments, lockDepartment };
  return (
    <Form layout="vertical" disabled={readOnly} data-testid="basic-info" style={{ maxWidth: 1100 }}>
      <Collapse
        defaultActiveKey={SECTIONS.map(([key]) => key)}
        items={SECTIONS.map(([key, title, Section]) => ({
          key,
          label: t(title),
          children: <Section {...props} />,
        }))}
      />
    </Form>
  );
}
