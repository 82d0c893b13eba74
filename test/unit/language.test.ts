import { describe, expect, it } from 'vitest';
import { isOtherLanguage, readLanguage } from '../../src/core/language.js';

// Issue 11 part 4: the rubric reads English only; other languages are told so once, and English in any style is read.
const OTHER_LANGUAGES: Record<string, string> = {
  Spanish:
    'El año pasado lideré la migración de nuestro sistema de pagos. El equipo no quería cambiar la base de datos, pero yo mostré los datos de latencia y decidimos hacerlo por fases. Al final redujimos los errores un 40% y aprendí a escuchar antes de proponer.',
  German:
    'Letztes Jahr habe ich die Migration unseres Zahlungssystems geleitet. Das Team wollte die Datenbank nicht wechseln, aber ich habe die Latenzdaten gezeigt und wir haben es schrittweise gemacht. Am Ende sind die Fehler um 40% gesunken.',
  French:
    "L'année dernière, j'ai dirigé la migration de notre système de paiement. L'équipe ne voulait pas changer la base de données, mais j'ai montré les chiffres de latence et nous avons avancé par étapes. Les erreurs ont baissé de 40%.",
  Portuguese:
    'No ano passado eu liderei a migração do nosso sistema de pagamentos. A equipe não queria mudar o banco de dados, mas eu mostrei os dados de latência e fizemos a mudança em etapas. No fim os erros caíram 40% e aprendi a ouvir antes de propor.',
  Italian:
    "L'anno scorso ho guidato la migrazione del nostro sistema di pagamento. Il team non voleva cambiare il database, ma ho mostrato i dati di latenza e abbiamo fatto il passaggio per fasi. Alla fine gli errori sono scesi del 40%.",
  Polish:
    'W zeszłym roku prowadziłem migrację naszego systemu płatności. Zespół nie chciał zmieniać bazy danych, ale pokazałem dane o opóźnieniach i zrobiliśmy to etapami. Błędy spadły o 40%, a ja nauczyłem się słuchać.',
  Chinese: '去年我负责了支付系统的迁移。团队一开始不想更换数据库，但我展示了延迟数据，我们分阶段完成了迁移。最后错误减少了百分之四十。',
  Japanese: '昨年、私は決済システムの移行を担当しました。チームはデータベースの変更に反対でしたが、レイテンシのデータを見せて段階的に進めました。エラーは40%減りました。',
  Russian:
    'В прошлом году я руководил миграцией нашей платёжной системы. Команда не хотела менять базу данных, но я показал данные о задержках, и мы сделали это поэтапно. Ошибок стало на 40% меньше.',
  Arabic: 'في العام الماضي قدت عملية نقل نظام الدفع لدينا. لم يرغب الفريق في تغيير قاعدة البيانات، لكنني عرضت بيانات التأخير وقمنا بذلك على مراحل. انخفضت الأخطاء بنسبة 40%.',
  Hindi: 'पिछले साल मैंने हमारे भुगतान सिस्टम के माइग्रेशन का नेतृत्व किया। टीम डेटाबेस बदलना नहीं चाहती थी, लेकिन मैंने लेटेंसी का डेटा दिखाया और हमने इसे चरणों में किया। त्रुटियाँ 40% कम हो गईं।',
  'Russian with English tech terms': 'Я мигрировал наш monolith на Kubernetes, и p95 latency упала с 900 до 300 мс. Команда сначала была против, но я показал метрики и план отката.',
};

const ENGLISH_STYLES: Record<string, string> = {
  plain:
    'Last year I led the migration of our payments system. The team did not want to change the database, but I showed them the latency data and we moved in phases. Errors fell by 40% and I learned to listen before proposing.',
  terse: 'Led payments migration. Team resisted DB change. Showed latency data, phased rollout. Errors down 40%. Learned: listen first.',
  bullets:
    '• Situation: checkout p95 1.8s, cart abandonment up\n• Task: owner for latency\n• Action: profiled, found N+1, added Redis cache, canary rollout\n• Result: p95 280ms, abandonment -12%\n• Learning: measure before optimising',
  lowercase:
    'so last quarter our checkout kept timing out. i dug into the traces, found a retry storm between cart and pricing, and put a circuit breaker in. timeouts dropped from 3% to 0.2% in two weeks.',
  'non-native':
    'In my previous company I was responsible of migration for database. Team was not agree with me, but I make a test with real data and show them result. After migration we reduce cost for 30 percents and customers was more happy.',
  jargon:
    'Owned the k8s migration: Helm charts, ArgoCD, Terraform modules, Istio mTLS, HPA tuning, PDBs, canary via Flagger. SLO burn alerts wired to PagerDuty. Infra spend -35% QoQ, deploy lead time 2d -> 40m, MTTR 4h -> 25m.',
  'with foreign names':
    'I worked with José García and Zoë Müller on the São Paulo launch. We had two weeks, so I cut the scope to card payments only and ran the rollout myself. Conversion in Brazil rose 18% in the first month.',
  'with a quoted phrase':
    'Our German customer wrote "Das funktioniert nicht" on every ticket, so I flew to Munich, sat with their team for two days and found the import was dropping umlauts. I fixed the encoding and tickets stopped within a week.',
  'with a Chinese name': 'I partnered with our Shanghai office (上海团队) on the launch. I owned the English and Chinese release notes and ran the go/no-go meeting; we shipped on time and support tickets fell by half.',
};

describe('readLanguage', () => {
  for (const [language, text] of Object.entries(OTHER_LANGUAGES)) {
    it(`flags ${language}`, () => {
      expect(isOtherLanguage(text)).toBe(true);
    });
  }

  it('says whether it was the script or the words', () => {
    expect(readLanguage(OTHER_LANGUAGES.Chinese as string)).toEqual({ english: false, reason: 'other-script' });
    expect(readLanguage(OTHER_LANGUAGES.Spanish as string)).toEqual({ english: false, reason: 'other-language' });
  });

  for (const [style, text] of Object.entries(ENGLISH_STYLES)) {
    it(`reads ${style} English as English`, () => {
      expect(readLanguage(text)).toEqual({ english: true });
    });
  }

  it('does not judge a handful of words', () => {
    expect(isOtherLanguage('Gracias, muy bien')).toBe(false);
    expect(isOtherLanguage('')).toBe(false);
  });
});
