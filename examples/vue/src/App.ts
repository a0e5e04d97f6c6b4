import { defineComponent, ref } from 'vue';
import type { CommitmentSignedDetail, StatusErrorDetail } from '@credit-kit/widgets';

// Demo subjects of the reference server's seed (`npm start`).
const subjects = ['91520402MA6DQC0Y2E', '91610902MA70HD8K2J', '92620102L452873191'];

/** Badges for a few subjects and, with a session, the commitment form; Vue binds `.prop` and `@event`. */
export const App = defineComponent({
  props: { sessionToken: { type: String, default: '' } },
  setup() {
    const locale = ref<'zh-CN' | 'en'>('zh-CN');
    const signedCode = ref('');
    return {
      subjects,
      locale,
      signedCode,
      toggle: () => (locale.value = locale.value === 'en' ? 'zh-CN' : 'en'),
      onSigned: (e: CustomEvent<CommitmentSignedDetail>) => (signedCode.value = e.detail.commitment.code),
      onBadgeError: (e: CustomEvent<StatusErrorDetail>) => console.warn(e.detail.reason, e.detail.message),
    };
  },
  template: `
    <main :lang="locale">
      <button type="button" @click="toggle">{{ locale === 'en' ? '中文' : 'English' }}</button>
      <h1>{{ locale === 'en' ? 'Credit status' : '信用状况' }}</h1>
      <ul>
        <li v-for="code in subjects" :key="code">
          <credit-status-badge :code="code" :locale="locale" @credit-status-error="onBadgeError"></credit-status-badge>
        </li>
      </ul>
      <credit-commitment-form
        v-if="sessionToken"
        template="tpl-approval-substitute"
        :session-token.prop="sessionToken"
        :locale="locale"
        @credit-commitment-signed="onSigned"
      ></credit-commitment-form>
      <p v-if="signedCode" role="status">{{ signedCode }}</p>
    </main>
  `,
});
