/**
 * How page furniture is worded, as regular-expression alternatives matched case-insensitively.
 * Kept as lists so adding a language is adding lines, not editing one long pattern.
 */

export const COOKIE_OPENERS = [
  'we( and our partners)? (use|value)',
  'this (web)?site (uses|stores)',
  'our (web)?site uses',
  'by (continuing|using|clicking)',
  'wir (verwenden|nutzen|setzen)',
  '(diese|unsere) (web)?(seite|site) (verwendet|nutzt|setzt)',
  'nous utilisons',
  'ce site (web )?utilise',
  'en poursuivant',
  'utilizamos',
  'usamos',
  'este sitio (web )?utiliza',
  'utilizziamo',
  'questo sito (web )?utilizza',
  '当サイトでは',
  'このサイトでは',
  '本サイトでは',
  '当ウェブサイトでは',
];

export const CONSENT_BUTTONS = [
  'accept( all| cookies| all cookies)?',
  'reject( all)?',
  'decline',
  'i agree',
  'i accept',
  'agree',
  'ok(ay)?,? (got it|i agree)',
  'got it',
  'manage (preferences|options|settings|cookies)',
  'cookie (settings|preferences|policy)',
  'privacy settings',
  '(alle )?(akzeptieren|ablehnen)',
  'zustimmen',
  'einstellungen( verwalten)?',
  'cookie-einstellungen',
  'tout (accepter|refuser)',
  'accepter( et fermer)?',
  'refuser',
  'continuer sans accepter',
  'paramétrer( les cookies)?',
  'aceptar( todo| todas| cookies)?',
  'rechazar( todo)?',
  'configurar',
  'accetta( tutto| tutti)?',
  'rifiuta( tutto)?',
  'gestisci (le )?preferenze',
  '(すべて)?(同意する|許可|受け入れる)',
  '拒否する',
  '設定を管理',
  'クッキー設定',
  'cookie設定',
];

export const COMMENT_FORM = [
  'leave a (reply|comment)',
  'post (a )?comment',
  'submit( comment)?',
  'add (a )?comment',
  'cancel reply',
  '(show|view|load more) comments',
  'please enter your (comment|name|e-?mail).*',
  'your email address will not be published.*',
  'required fields are marked.*',
  'save my name, e-?mail,? and website.*',
  'comments?( \\(\\d+\\))?',
  '\\d+ (comments?|responses?|replies)',
  'join the (conversation|discussion)',
  '(name|e-?mail|website|comment) ?\\*?',
  'kommentar(e)?( schreiben| hinterlassen| verfassen| anzeigen| absenden| abschicken)?',
  '\\d+ kommentare?',
  'hinterlasse (eine antwort|einen kommentar)',
  '(ihre|deine) e-?mail-adresse wird nicht veröffentlicht.*',
  'erforderliche felder sind mit.*',
  'laisser un commentaire',
  'ajouter un commentaire',
  '\\d+ commentaires?',
  'réagir',
  '(nom|site web) ?\\*?',
  'votre adresse (e-?mail|de messagerie|courriel) ne sera pas publiée.*',
  'les champs obligatoires sont indiqués.*',
  'deja un comentario',
  'comentarios',
  '\\d+ comentarios?',
  '(nombre|correo electrónico|sitio web) ?\\*?',
  'tu (dirección de )?correo electrónico no (será|se) publica.*',
  'los campos obligatorios están marcados.*',
  'lascia un commento',
  'commenti',
  '\\d+ commenti',
  '(nome|sito web) ?\\*?',
  'il tuo indirizzo e-?mail non sarà pubblicato.*',
  'i campi obbligatori sono contrassegnati.*',
  'コメントを(残す|書く|投稿する|見る|送信)',
  'コメント(\\d+件)?',
  '(名前|メール|メールアドレス|ウェブサイト|サイト) ?\\*?',
  'メールアドレスが公開されることはありません.*',
  '必須項目には印がついています.*',
];

export const NEWSLETTER_OPENERS = [
  'sign up',
  'sign-up',
  'subscribe',
  'get (our|the) .{0,60}(newsletter|briefing|inbox|digest)',
  'join our',
  'newsletter( abonnieren)?',
  '(jetzt )?(kostenlos )?abonnieren',
  'abonnez-vous',
  'inscrivez-vous',
  "s'abonner",
  'suscríbete',
  'suscribirse',
  'iscriviti',
  'abbonati',
  'メルマガ',
  'メールマガジン',
  'ニュースレター',
];

export const PAYWALL = [
  'already (a )?subscriber\\??.*',
  'subscribe to (continue|read|unlock).*',
  'this (article|story|content) is (for|reserved for|exclusive to) subscribers.*',
  'to continue reading.*',
  '((log|sign) ?in|register|create (a free )?account|anmelden|jetzt registrieren|se connecter|iniciar sesión|accedi|ログイン|会員登録)( (now|here|for free|to (continue|read)[^.]*))?[.!]?',
];

export const HELPFUL = [
  'was this (article |page |story |information )?(helpful|useful)\\??',
  'did you find this (article )?(helpful|useful)\\??',
  'war dieser (artikel|beitrag) hilfreich\\??',
  'cet article vous a-t-il été utile ?\\??',
  '¿?(te|le) ha resultado útil\\??',
  'questo articolo (ti )?è stato utile\\??',
  'この記事は役に立ちましたか[?？]?',
  'thanks for your feedback!?',
  // vote counters: "93 out of 132 found this helpful"
  '\\d[\\d.,]* (out )?of \\d[\\d.,]* (people |readers |users |customers )?found this (article |review )?(helpful|useful)',
  '\\d[\\d.,]* von \\d[\\d.,]* (personen |lesern |lesenden |kunden )?fanden (dies|das|diesen artikel) hilfreich',
  '\\d[\\d.,]* (sur|de|su) \\d[\\d.,]* (personnes |personas |persone )?(ont trouvé|encontraron|hanno trovato) (cela |esto |questo )?(utile|útil)',
];

export const ADVERT_LABELS = [
  'advertisement',
  'advertising',
  'advert',
  'ad',
  'ads',
  'sponsored( content)?',
  'promotion',
  'promoted( content)?',
  'paid (content|post)',
  'anzeige',
  'werbung',
  'publicité',
  'publicidad',
  'pubblicità',
  '広告',
  'pr',
  'scroll to continue( with content)?',
  'continue reading( below)?',
  '(story|article) continues below( advertisement)?',
];

export const READ_TIME = [
  '\\d+\\s*(min(ute)?s?\\.?|minutes?)\\s*(read|lesezeit|de lecture|di lettura|de lectura)',
  '(reading time|lesezeit|temps de lecture|lecture|tiempo de lectura|tempo di lettura)\\s*:?\\s*\\d+\\s*min.*',
  '\\d+分で読めます',
];

export const READ_MORE = [
  'read more',
  'read also',
  'see also',
  'related',
  'lesen sie auch',
  'mehr zum thema',
  'lire aussi',
  'à lire aussi',
  'a lire aussi',
  'voir aussi',
  'lee también',
  'leer más',
  'leggi anche',
  '関連記事',
];

/** Lines that announce themselves as furniture: tag lists and site disclaimers. */
export const LABELLED_FURNITURE = [
  '(our standards|unsere standards|nos standards|nuestros estándares)\\s*[:：].{0,200}',
  '(tags|tagged( with)?|schlagw(ö|oe)rter|schlagworte|mots[- ]cl(é|e)s|(é|e)tiquettes|etiquetas|argomenti|タグ)\\s*[:：].{0,200}',
  '(disclaimer|haftungsausschluss|avertissement|aviso legal|esclusione di responsabilità|免責事項)\\s*[:：].*',
];

/**
 * Navigation a copy picks up: skip links, a lone "More" button, "Updated a year ago" (a relative
 * time says nothing once the page is saved, and a real date is read elsewhere).
 */
export const NAVIGATION = [
  'skip to (the )?(main )?(content|navigation|article)',
  'skip navigation',
  '(direkt )?zum (haupt)?inhalt( springen)?',
  'aller au contenu( principal)?',
  'saltar al contenido( principal)?',
  'vai al contenuto( principale)?',
  'more|mehr|plus|más|altro|もっと見る',
  '((last )?updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|aggiornato) (about |over |almost )?(an?|one|\\d+) (second|minute|hour|day|week|month|year)s? ago',
  '(about |over )?(an?|one|\\d+) (second|minute|hour|day|week|month|year)s? ago',
  '((zuletzt )?aktualisiert|veröffentlicht) vor (einer|einem|\\d+) (sekunden?|minuten?|stunden?|tag(en)?|wochen?|monat(en)?|jahr(en)?)',
  'il y a (une?|\\d+) (secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)',
  'hace (una?|\\d+) (segundos?|minutos?|horas?|días?|semanas?|mes(es)?|años?)',
];

/** The button under a promotion: "Mehr Infos", "Learn more". */
export const PROMOTION_BUTTONS = [
  'mehr infos?',
  'mehr erfahren',
  'jetzt (informieren|entdecken|bestellen|kaufen)',
  'more info(rmation)?',
  'learn more',
  'find out more',
  'shop now',
  'buy now',
  'en savoir plus',
  'más información',
  'saber más',
  'scopri di più',
  '詳しくはこちら',
];
