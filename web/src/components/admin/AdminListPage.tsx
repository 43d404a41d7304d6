// The admin's list pages (offices, topics, employees, interpreters) share one
// shape: heading, arrival notice, intro, "new" button, then a table of rows
// with an "edit" link each. Pages supply their texts and columns.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../ErrorNotice';
import { Loading } from '../Loading';
import { PageHeading } from '../PageHeading';
import { SavedNotice } from './controls';
import { useArrivalNotice } from './navigation';

export interface ListColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface Props<T extends { id: string }> {
  title: string;
  intro: string;
  newLabel: string;
  /** Where the rows live: `${basePath}/new` adds one, `${basePath}/:id` edits it. */
  basePath: string;
  list: UseQueryResult<T[]>;
  columns: ListColumn<T>[];
  /** The row's name, read after "Edit" by screen readers. */
  name: (row: T) => string;
  /** Shown instead of the table when there are no rows; without it an empty table shows. */
  emptyText?: string;
}

export function AdminListPage<T extends { id: string }>({ title, intro, newLabel, basePath, list, columns, name, emptyText }: Props<T>) {
  const { t } = useTranslation();
  const arrival = useArrivalNotice();
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <SavedNotice key={arrival.key} message={arrival.message} />
      <p className="lead">{intro}</p>
      <Link to={`${basePath}/new`} className="button">
        {newLabel}
      </Link>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : emptyText !== undefined && list.data.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <div className="table-wrap">
          {/* Explicit roles: under 600px the rows stack as cards (admin.css), and display:block would otherwise drop the table's semantics. */}
          <table className="table table-stack" role="table">
            <caption className="visually-hidden">{title}</caption>
            <thead role="rowgroup">
              <tr role="row">
                {columns.map((c) => (
                  <th key={c.header} scope="col" role="columnheader">
                    {c.header}
                  </th>
                ))}
                <th scope="col" role="columnheader">
                  {t('admin.common.actions')}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {list.data.map((row) => (
                <tr key={row.id} role="row">
                  {columns.map((c, i) => (
                    <td key={c.header} role="cell" data-label={c.header} className={i === 0 ? 'table-first' : undefined}>
                      {c.cell(row)}
                    </td>
                  ))}
                  <td role="cell" className="table-actions">
                    <Link to={`${basePath}/${row.id}`}>
                      {t('admin.common.edit')}
                      <span className="visually-hidden"> {name(row)}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The grey "inactive" tag after a row's name. */
export function InactiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? null : <span className="tag tag-inactive"> {t('admin.common.inactive')}</span>;
}
