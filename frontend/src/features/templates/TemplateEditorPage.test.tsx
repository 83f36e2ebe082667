import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeMe } from '../../test/fixtures';
import { renderRoutes, renderWithApp, stubFetch } from '../../test/render';
import type { Template } from './api';
import { NewTemplatePage, TemplateEditorPage } from './TemplateEditorPage';

vi.setConfig({ testTimeout: 20_000 });

const used: Template = {
  id: 't1',
  name: 'Quarterly business review',
  isDefault: true,
  inUse: true,
  questions: [
    { id: 'q1', position: 1, text: 'How would you rate our strategic suggestions?', kind: 'GRADE' },
    { id: 'q2', position: 2, text: 'Would you recommend us?', kind: 'NPS' },
  ],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};

describe('NewTemplatePage', () => {
  it('flags an empty name and empty question and sends nothing; then sends exactly what was typed, in order', async () => {
    const calls = stubFetch({ 'POST /api/v1/survey-templates': { status: 201, body: { ...used, id: 'new', inUse: false, isDefault: false } } });
    renderWithApp(<NewTemplatePage />, { me: makeMe('MANAGER'), path: '/templates/new' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Create template' }));
    expect(await screen.findByText('Give the template a name.')).toBeInTheDocument();
    expect(screen.getByText('Write the text of question 1, or remove it.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Key accounts QBR');
    await user.type(screen.getByRole('textbox', { name: 'Question 1' }), 'Rate our advice');
    await user.click(screen.getByRole('button', { name: 'Add a text question' }));
    await user.type(screen.getByRole('textbox', { name: 'Question 2' }), 'What should we change?');
    await user.click(screen.getByRole('button', { name: 'Add an NPS question' }));
    expect(screen.getByRole('button', { name: 'Add an NPS question' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Question 3' }), 'Recommend us?');
    await user.click(screen.getByRole('button', { name: 'Move question 3 up' }));
    await user.click(screen.getByRole('button', { name: 'Create template' }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(JSON.parse(calls.find((c) => c.method === 'POST')!.body!)).toEqual({
      name: 'Key accounts QBR',
      questions: [
        { text: 'Rate our advice', kind: 'GRADE' },
        { text: 'Recommend us?', kind: 'NPS' },
        { text: 'What should we change?', kind: 'TEXT' },
      ],
    });
  });

  it('is not offered to account managers', async () => {
    stubFetch({});
    renderWithApp(<NewTemplatePage />, { me: makeMe('ACCOUNT_MANAGER'), path: '/templates/new' });
    expect(await screen.findByText('Only managers create survey templates.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create template' })).not.toBeInTheDocument();
  });
});

describe('TemplateEditorPage', () => {
  it('shows a used template read-only, says why, and offers a copy', async () => {
    const calls = stubFetch({
      'GET /api/v1/survey-templates/t1': { status: 200, body: used },
      'POST /api/v1/survey-templates/t1/copy': {
        status: 201,
        body: { ...used, id: 'c1', name: 'Copy of Quarterly business review', inUse: false, isDefault: false },
      },
    });
    renderRoutes([{ path: '/templates/:id', element: <TemplateEditorPage /> }], { me: makeMe('MANAGER'), path: '/templates/t1' });
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('A QBR already uses this template, so its questions can no longer change');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Questions' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['How would you rate our strategic suggestions?Grade', 'Would you recommend us?NPS']);
    await userEvent.setup().click(within(status).getByRole('button', { name: /Copy to change it/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/survey-templates/t1/copy')).toBe(true));
  });

  it('saves an unused template with its version, and shows the in-use refusal with a copy button', async () => {
    const calls = stubFetch({
      'GET /api/v1/survey-templates/t1': { status: 200, body: { ...used, inUse: false } },
      'PUT /api/v1/survey-templates/t1': {
        status: 409,
        body: { type: 'https://stratum.example/problems/template-in-use', title: 'Template in use', status: 409, detail: 'A QBR already uses this template.' },
      },
    });
    renderRoutes([{ path: '/templates/:id', element: <TemplateEditorPage /> }], { me: makeMe('MANAGER'), path: '/templates/t1' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Move question 2 up' }));
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(JSON.parse(put.body!).questions.map((q: { kind: string }) => q.kind)).toEqual(['NPS', 'GRADE']);
    const alert = await screen.findByRole('alert', { name: 'In use: read-only' });
    expect(alert).toHaveTextContent('Copy it to make a version you can change');
    expect(within(alert).getByRole('button', { name: /Copy to change it/ })).toBeInTheDocument();
  });
});
