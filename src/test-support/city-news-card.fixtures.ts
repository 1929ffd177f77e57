/** The sample announcement of the <city-news-card> tests (src/components/city-news-card/*.test.ts). */
export const sample = {
  lang: 'sl',
  published: '2019-09-11',
  title: {
    sl: 'Nadaljujemo dobro sodelovanje z Moskvo',
    en: 'Continuing good cooperation with Moscow',
    ru: 'Продолжаем хорошее сотрудничество с Москвой',
  },
  lead: 'Župan je podpisal program.',
  body: ['Prvi odstavek.', 'Drugi odstavek.', 'Tretji odstavek.', 'Četrti odstavek.'],
  url: 'https://www.ljubljana.si/sl/aktualno/',
  image: { src: '/demo/data/ljubljana-moskva.svg', alt: 'Ljubljana' },
  tags: ['moskva'],
};
