// Shows the explanation for the reason the background gave (?reason=…); the browser's own pages are the default.
const reason = new URLSearchParams(location.search).get('reason') ?? 'forbidden';
const section = document.querySelector(`section[data-reason="${CSS.escape(reason)}"]`) ?? document.querySelector('section[data-reason="forbidden"]');
section?.classList.add('shown');
