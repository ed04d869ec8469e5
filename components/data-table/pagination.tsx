'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface PaginationProps {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  itemName: { one: string; other: string };
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
  pageSizes?: readonly number[];
}

export function Pagination({
  page,
  pageCount,
  pageSize,
  total,
  itemName,
  canPrevious,
  canNext,
  onPrevious,
  onNext,
  onPageSize,
  pageSizes = PAGE_SIZES,
}: PaginationProps) {
  const sizeId = useId();
  const sizes = pageSizes.includes(pageSize) ? pageSizes : [...pageSizes, pageSize].sort((a, b) => a - b);
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-col gap-3 border-t border-zinc-200 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
    >
      <p role="status" className="text-zinc-600" data-testid="table-total">
        {total.toLocaleString('en')} {total === 1 ? itemName.one : itemName.other}
      </p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="flex items-center gap-2">
          <label htmlFor={sizeId} className="whitespace-nowrap text-zinc-600">
            Rows per page
          </label>
          <Select
            id={sizeId}
            className="w-auto"
            value={pageSize}
            onChange={(event) => onPageSize(Number(event.target.value))}
          >
            {sizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </Select>
        </div>
        <p className="whitespace-nowrap tabular-nums text-zinc-600" data-testid="table-page">
          Page {page} of {Math.max(pageCount, 1)}
        </p>
        <div className="flex items-center gap-1.5">
          <Button size="sm" aria-label="Previous page" disabled={!canPrevious} onClick={onPrevious}>
            <Chevron direction="left" />
            <span aria-hidden="true">Previous</span>
          </Button>
          <Button size="sm" aria-label="Next page" disabled={!canNext} onClick={onNext}>
            <span aria-hidden="true">Next</span>
            <Chevron direction="right" />
          </Button>
        </div>
      </div>
    </nav>
  );
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg viewBox="0 0 16 16" className="size-4" fill="none" aria-hidden="true">
      <path
        d={direction === 'left' ? 'M10 3.5 5.5 8l4.5 4.5' : 'M6 3.5 10.5 8 6 12.5'}
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
