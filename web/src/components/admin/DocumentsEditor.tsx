import { useTranslation } from 'react-i18next';
import { RowListEditor } from './RowListEditor';
import type { LocalizedText } from './types';

interface Props {
  field: string;
  value: LocalizedText[];
  onChange: (value: LocalizedText[]) => void;
  errorFor: (field: string) => string | undefined;
}

const LANGS = ['el', 'en'] as const;

/** The documents a citizen brings, each named in Greek and English. */
export function DocumentsEditor(props: Props) {
  const { t } = useTranslation();
  return (
    <RowListEditor
      {...props}
      parts={LANGS}
      newRow={() => ({ el: '', en: '' })}
      rowClassName="doc-row"
      inputProps={(lang) => ({ className: 'input', lang })}
      text={{
        legend: t('admin.topics.documents'),
        hint: t('admin.topics.documentsHint'),
        empty: t('admin.topics.noDocuments'),
        add: t('admin.topics.addDocument'),
        remove: t('admin.topics.removeDocument'),
        part: (lang) => t(`admin.topics.document_${lang}`),
        row: (n) => t('admin.topics.documentN', { n }),
      }}
    />
  );
}
