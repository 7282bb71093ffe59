import { ActionIcon, Box, Button, em, Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { searchMinLength, type SearchGroup, type SearchHit } from '../../shared/search';
import { useSession } from '../api/session';
import { ApiError } from '../api/client';
import { useT } from '../i18n/i18n';
import { useSearch } from './api';

function SearchIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}

type Option = SearchHit & { group: SearchGroup; index: number };

const optionId = (i: number) => `search-option-${i}`;

/** The field, the status line and the grouped results: a combobox whose list the arrow keys walk. */
function SearchPanel({ onOpen }: { onOpen: (path: string) => void }) {
  const t = useT();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 200);
  const text = debounced.trim();
  const ready = text.length >= searchMinLength;
  const { data, isFetching, error } = useSearch(debounced);
  const current = ready && data?.q === text ? data : undefined;
  const groups = ready ? (current ?? data)?.groups ?? [] : [];
  let n = 0;
  const grouped = groups.map((g) => ({ ...g, options: g.hits.map((h): Option => ({ ...h, group: g.group, index: n++ })) }));
  const options = grouped.flatMap((g) => g.options);
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [data]);
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      setActive((i) => (event.key === 'ArrowDown' ? Math.min(i + 1, options.length - 1) : Math.max(i - 1, 0)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active];
      if (chosen) onOpen(chosen.path);
    }
  }

  const status = !ready
    ? t('search.hint')
    : error
      ? error instanceof ApiError
        ? error.messages.q ?? error.title
        : t('web.error.network')
      : !current
        ? t('search.loading')
        : options.length === 0
          ? t('search.noResults', { q: text })
          : t('search.resultCount', { count: options.length, q: text });

  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        onKeyDown={handleKeyDown}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        leftSection={<SearchIcon />}
        maxLength={200}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls="search-results"
        aria-activedescendant={options.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        data-testid="search-input"
      />
      <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="search-status" aria-busy={isFetching}>
        {status}
      </Text>
      <Box id="search-results" role="listbox" aria-label={t('search.results')} data-testid="search-results">
        {grouped.map((g) => (
          <Box key={g.group} role="group" aria-label={t(`search.group.${g.group}`)} mb="sm" data-testid={`search-group-${g.group}`}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="xs" pb={4} aria-hidden="true">
              {t(`search.group.${g.group}`)}
            </Text>
            {g.options.map((o) => (
              <Box
                key={`${o.group}:${o.id}`}
                id={optionId(o.index)}
                role="option"
                aria-selected={o.index === active}
                onMouseMove={() => setActive(o.index)}
                onClick={() => onOpen(o.path)}
                px="xs"
                py={6}
                style={{ cursor: 'pointer', borderRadius: 'var(--mantine-radius-sm)', background: o.index === active ? 'var(--mantine-color-blue-light)' : undefined }}
                data-testid="search-option"
              >
                <Text size="sm" fw={500} lineClamp={1}>
                  {o.title}
                </Text>
                {o.detail && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {o.detail}
                  </Text>
                )}
              </Box>
            ))}
          </Box>
        ))}
      </Box>
      {grouped.some((g) => g.more) && (
        <Text size="xs" c="dimmed">
          {t('search.more')}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The search in the header: a button (an icon on a phone) that opens the search, also with
 * Ctrl+K (⌘K) anywhere or "/" outside a field. On a phone the search fills the screen.
 */
export function HeaderSearch() {
  const t = useT();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const [opened, { open, close }] = useDisclosure(false);
  const wide = useMediaQuery(`(min-width: ${em(768)})`, true);
  useHotkeys([['mod+K', open]], []);
  useHotkeys([['/', open]]);
  if (!session) return null;

  function handleOpen(path: string) {
    close();
    navigate(path);
  }

  return (
    <>
      {wide ? (
        <Button variant="default" size="compact-sm" leftSection={<SearchIcon />} rightSection={<Kbd size="xs">{t('search.shortcut')}</Kbd>} onClick={open} aria-keyshortcuts="Control+K /" data-testid="search-open">
          {t('search.open')}
        </Button>
      ) : (
        <ActionIcon variant="subtle" size="lg" onClick={open} aria-label={t('search.open')} aria-keyshortcuts="Control+K /" data-testid="search-open">
          <SearchIcon />
        </ActionIcon>
      )}
      <Modal opened={opened} onClose={close} title={t('search.label')} fullScreen={!wide} size="lg" closeButtonProps={{ 'aria-label': t('search.close') }}>
        <SearchPanel onOpen={handleOpen} />
      </Modal>
    </>
  );
}
