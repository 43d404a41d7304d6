// The list of interpreters, the same for a municipality's own (/admin) and the
// platform's shared pool (/platform): name (with the inactive tag) and kinds,
// then any column the area adds.
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AdminListPage, InactiveTag, type ListColumn } from '../admin/AdminListPage';
import type { Interpretation, Interpreter } from '../admin/types';

/** Names kinds of interpretation, comma-separated. */
export function useKindNames() {
  const { t } = useTranslation();
  return (kinds: Interpretation[]) => kinds.map((k) => t(`admin.interpreters.kind_${k}`)).join(', ');
}

interface Props<T extends Interpreter> {
  texts: { title: string; intro: string; newLabel: string; emptyText: string };
  /** `/admin/interpreters` or `/platform/interpreters`. */
  basePath: string;
  list: UseQueryResult<T[]>;
  /** Columns after name and kinds. */
  moreColumns?: ListColumn<T>[];
}

export function InterpreterList<T extends Interpreter>({ texts, basePath, list, moreColumns = [] }: Props<T>) {
  const { t } = useTranslation();
  const kindNames = useKindNames();
  return (
    <AdminListPage
      {...texts}
      basePath={basePath}
      list={list}
      name={(i) => i.fullName}
      columns={[
        {
          header: t('admin.interpreters.fullName'),
          cell: (i) => (
            <>
              {i.fullName}
              <InactiveTag active={i.active} />
            </>
          ),
        },
        { header: t('admin.interpreters.kinds'), cell: (i) => kindNames(i.kinds) },
        ...moreColumns,
      ]}
    />
  );
}
