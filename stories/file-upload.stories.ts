// <credit-file-upload>: the empty control, files uploading, uploaded, refused and failed.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@credit-kit/widgets/file-upload.js';
import type { CreditFileUpload } from '@credit-kit/widgets/file-upload.js';
import { evidenceFiles, sessionToken } from './fixtures/index.js';
import { failing } from './mocks/api.js';
import { settled } from './support.js';

interface UploadArgs {
  label: string;
  required: boolean;
  error: string;
}

const meta: Meta<UploadArgs> = {
  title: 'Shared/File upload',
  component: 'credit-file-upload',
  tags: ['autodocs'],
  args: { label: '证明材料', required: true, error: '' },
  render: ({ label, required, error }) =>
    html`<credit-file-upload
      label=${label}
      ?required=${required}
      error=${error}
      session-token=${sessionToken}
    ></credit-file-upload>`,
};
export default meta;

type Story = StoryObj<UploadArgs>;

const element = (canvas: HTMLElement) => canvas.querySelector('credit-file-upload') as CreditFileUpload;
const pdf = (name: string) => new File(['%PDF-1.4\n%story\n%%EOF\n'], name, { type: 'application/pdf' });

/** Nothing chosen yet: the allowed types and sizes from the policy. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-file-upload');
    await waitFor(() => expect(root.textContent).toContain('PDF'));
  },
};

/** Files uploaded earlier and restored from a draft, with their checksums. */
export const Uploaded: Story = {
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    el.files = evidenceFiles;
    const root = await settled(canvasElement, 'credit-file-upload');
    await waitFor(() => expect(root.querySelectorAll('.file.done')).toHaveLength(2));
  },
};

/** A file on its way: progress, then uploaded with its checksum. */
export const Uploading: Story = {
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await settled(canvasElement, 'credit-file-upload');
    void el.addFiles([pdf('营业执照副本.pdf')]);
    await waitFor(() => expect(el.shadowRoot!.querySelector('.file.done [part~="checksum"]')).not.toBeNull());
  },
};

/** A file of a type the policy does not take is refused before anything is sent, saying why. */
export const RefusedType: Story = {
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await settled(canvasElement, 'credit-file-upload');
    await el.addFiles([new File(['MZ'], '安装程序.exe', { type: 'application/x-msdownload' })]);
    await waitFor(() => expect(el.shadowRoot!.querySelector('.refusals')?.textContent).toContain('格式不支持'));
  },
};

/** The connection dropped: the file is marked failed, with a retry. */
export const UploadFailed: Story = {
  parameters: { msw: { handlers: failing('network', 'uploadFile') } },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await settled(canvasElement, 'credit-file-upload');
    void el.addFiles([pdf('合同.pdf')]);
    await waitFor(() => expect(el.shadowRoot!.querySelector('.file.failed button')).not.toBeNull());
  },
};

/** The form found no file for a category that needs one. */
export const WithError: Story = { args: { error: '该类别须上传证明材料' } };
export const English: Story = { globals: { locale: 'en' }, args: { label: 'Evidence' } };
export const Elderly: Story = { globals: { elderly: 'on' } };
