#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes the extraction test pages of veille: src/test/resources/fr/veille/ingest/extraction/.

Each page NAME.html (a French article inside the boilerplate of one site layout: WordPress, Blogger,
SPIP, Drupal, Joomla, news sites, old table layouts, party sites...) comes with NAME.txt, its main
text: lead paragraph, body paragraphs, intertitles, quotations and list items - not the title,
byline, date, captions, share buttons, tags, related articles, comments, menus, sidebars or footers.
Run from the repository root: python3 src/test/scripts/generate_extraction_pages.py
"""
import html as H
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES  # noqa: E402

OUT = "src/test/resources/fr/veille/ingest/extraction"
e = lambda s: H.escape(s, quote=False)
ea = lambda s: H.escape(s, quote=True)

COMMENTS = [
    ("Jean-Michel", "12 février 2010 à 14h32", "Franchement, on se croirait revenu au temps des cellules et des cartes d'adhérent tamponnées. Un réseau social où l'on inscrit les gens de force, c'est tout sauf social. Les jeunes de l'UMP méritent mieux que ce genre de méthodes."),
    ("Sandrine B.", "12 février 2010 à 15h07", "Je ne vois pas où est le scandale. Dans toutes les organisations, on demande aux responsables de mobiliser leurs troupes. La gauche fait exactement la même chose avec sa Coopol, simplement elle ne se fait pas prendre."),
    ("Militant du 93", "12 février 2010 à 16h50", "Ce qui me frappe, c'est que personne ne parle du fond : à quoi servent ces réseaux ? J'y suis inscrit depuis le début et je n'y ai jamais vu un débat digne de ce nom, seulement des photos de tractage et des félicitations."),
    ("Paul", "13 février 2010 à 09h12", "Merci pour cet article équilibré. Une remarque cependant : le chiffre de 7 000 membres actifs annoncé par l'UMP mériterait d'être vérifié, car le site ne publie aucune statistique publique."),
    ("Hélène R.", "13 février 2010 à 11h40", "La vraie question est celle des données personnelles. Qui gère les fichiers, qui y a accès, combien de temps sont-ils conservés ? On attend toujours une réponse claire des deux partis sur ce point."),
]
RELATED = [
    ("Régionales : la gauche en tête dans les sondages", "À un mois du scrutin, les listes socialistes devancent celles de la majorité dans la plupart des régions, selon plusieurs enquêtes publiées cette semaine."),
    ("Internet, nouveau terrain de jeu des partis", "De Barack Obama aux partis français, retour sur une décennie de campagnes en ligne et sur leurs promesses parfois déçues."),
    ("Xavier Bertrand veut « rajeunir » l'UMP", "Le secrétaire général du parti présidentiel multiplie les initiatives en direction des jeunes électeurs, avec des résultats encore incertains."),
    ("Martine Aubry présente le calendrier du projet socialiste", "La première secrétaire du PS a détaillé les étapes de l'élaboration du projet pour 2012, avec des conventions thématiques tout au long de l'année."),
]
MENU = ["Accueil", "Politique", "Économie", "Société", "Culture", "Sports", "Régions", "Vidéos", "Blogs", "Archives"]
COOKIE = "Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site, mesurer l'audience et vous proposer des contenus et des publicités adaptés à vos centres d'intérêt. En poursuivant votre navigation, vous acceptez l'utilisation de ces cookies."
NEWSLETTER = "Recevez chaque matin l'essentiel de l'actualité politique : inscrivez-vous gratuitement à notre lettre d'information."
BIO = "Julien Morel est journaliste indépendant, spécialiste des usages politiques d'Internet. Il a couvert les campagnes présidentielles de 2002 et 2007 et enseigne le journalisme numérique à Lille."
LEGAL = "© 2010 Tous droits réservés. Reproduction interdite sans autorisation. Mentions légales - Conditions générales d'utilisation - Contact - Publicité - Plan du site"


def blocks(a, p_tag="p", h_tag="h2", p_attr="", quote="blockquote", first_p_attr=None):
    """Body HTML and expected paragraphs for an article body."""
    out, exp, items = [], [], []

    def flush_list():
        if items:
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for p in a["paras"]:
        if p.startswith("- "):
            items.append(p[2:])
            exp.append(p[2:])
            continue
        flush_list()
        if p.startswith("## "):
            out.append(f"<{h_tag}>{e(p[3:])}</{h_tag}>")
            exp.append(p[3:])
        elif p.startswith("> "):
            out.append(f"<{quote}><p>{e(p[2:])}</p></{quote}>" if quote == "blockquote" else f"<p class=\"citation\">{e(p[2:])}</p>")
            exp.append(p[2:])
        else:
            out.append(f"<{p_tag}{p_attr}>{e(p)}</{p_tag}>")
            exp.append(p)
    flush_list()
    return "\n".join(out), exp


def lead_exp(a):
    return [a["lead"]] if a["lead"] else []


def fr_date(a, time=True):
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    y, m, d = a["date"][:10].split("-")
    s = f"{int(d)} {months[int(m) - 1]} {y}"
    if time:
        s += f" à {a['date'][11:13]}h{a['date'][14:16]}"
    return s


def num_date(a):
    y, m, d = a["date"][:10].split("-")
    return f"{d}/{m}/{y}"


def head(a, extra="", charset="utf-8", og=True, jsonld=False):
    h = f'<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="{charset}">\n<title>{e(a["title"])} | {e(a["site"])}</title>\n'
    if og:
        h += f'<meta property="og:title" content="{ea(a["title"])}">\n<meta property="og:site_name" content="{ea(a["site"])}">\n'
        h += f'<meta property="article:published_time" content="{a["date"]}">\n<meta name="author" content="{ea(a["author"])}">\n'
        h += f'<link rel="canonical" href="https://www.example.fr/politique/{a["date"][:10].replace("-", "/")}/{a["slug"]}.html">\n'
    if jsonld:
        h += ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
              f'"headline":"{a["title"]}","datePublished":"{a["date"]}","author":{{"@type":"Person","name":"{a["author"]}"}},'
              f'"publisher":{{"@type":"Organization","name":"{a["site"]}"}}}}</script>\n')
    h += '<link rel="stylesheet" href="/css/main.css">\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>\n'
    return h + extra + "</head>\n"


def menu(cls="menu"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="/{m.lower()}/">{e(m)}</a></li>' for m in MENU) + "</ul>"


def related_list(cls, title="Sur le même sujet", with_summary=True, n=3):
    s = f'<div class="{cls}"><h3>{e(title)}</h3><ul>'
    for t, summ in RELATED[:n]:
        s += f'<li><a href="/politique/{abs(hash(t)) % 10000}.html">{e(t)}</a>'
        if with_summary:
            s += f"<p>{e(summ)}</p>"
        s += "</li>"
    return s + "</ul></div>"


def comments_block(outer_cls, item_cls, title="Commentaires", n=4, id_="comments"):
    s = f'<div id="{id_}" class="{outer_cls}"><h3>{len(COMMENTS[:n])} {e(title)}</h3><ol>'
    for who, when, txt in COMMENTS[:n]:
        s += f'<li class="{item_cls}"><div class="comment-author"><cite>{e(who)}</cite> <span class="says">dit :</span></div><div class="comment-meta">{e(when)}</div><p>{e(txt)}</p><a class="reply" href="#">Répondre</a></li>'
    return s + "</ol></div>"


def share(cls="share"):
    return f'<div class="{cls}"><span>Partager :</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">E-mail</a> <a href="#">Imprimer</a></div>'


PAGES = []


def page(name, charset="utf-8"):
    def deco(f):
        PAGES.append((name, f, charset))
        return f
    return deco


# 1. WordPress, classic theme (Twenty Ten): comments, sidebar widgets, sharedaddy, related posts.
@page("wordpress-twentyten")
def _(a):
    body, exp = blocks(a)
    lead = f"<p><strong>{e(a['lead'])}</strong></p>" if a["lead"] else ""
    h = head(a) + f'''<body class="single single-post postid-1203 single-format-standard">
<div id="wrapper" class="hfeed"><div id="header"><div id="masthead"><div id="branding" role="banner"><h1 id="site-title"><a href="/">{e(a["site"])}</a></h1><div id="site-description">Le blog de la politique en ligne</div></div>
<div id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content">Aller au contenu</a></div>{menu("menu")}</div></div></div>
<div id="main"><div id="container"><div id="content" role="main">
<div id="nav-above" class="navigation"><div class="nav-previous"><a href="/prev">&larr; La droite et Internet, une longue histoire</a></div></div>
<div id="post-1203" class="post-1203 post type-post status-publish format-standard hentry category-politique tag-ump tag-reseaux-sociaux">
<h1 class="entry-title">{e(a["title"])}</h1>
<div class="entry-meta"><span class="meta-prep meta-prep-author">Publié le</span> <a href="#"><span class="entry-date">{fr_date(a, False)}</span></a> <span class="meta-sep">par</span> <span class="author vcard"><a class="url fn n" href="#">{e(a["author"])}</a></span></div>
<div class="entry-content">
{lead}
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Partager :</h3><div class="sd-content"><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Articles similaires</em></h3>{related_list("jp-relatedposts-items", "", True)}</div>
</div>
<div class="entry-utility">Cette entrée a été publiée dans <a href="#">Politique</a>, avec comme mot(s)-clef(s) <a href="#">UMP</a>, <a href="#">réseaux sociaux</a>. Vous pouvez la mettre en favoris avec <a href="#">ce permalien</a>.</div>
</div>
<div id="nav-below" class="navigation"><div class="nav-next"><a href="/next">Le PS prépare sa riposte &rarr;</a></div></div>
{comments_block("comments-area", "comment even thread-even depth-1")}
<div id="respond"><h3 id="reply-title">Laisser un commentaire</h3><form action="/wp-comments-post.php" method="post"><p class="comment-notes">Votre adresse de messagerie ne sera pas publiée.</p><p><label>Nom</label><input name="author"></p><p><textarea name="comment"></textarea></p><p><input type="submit" value="Laisser un commentaire"></p></form></div>
</div></div>
<div id="primary" class="widget-area" role="complementary"><ul class="xoxo">
<li class="widget-container widget_search"><form><input type="text" name="s"></form></li>
<li class="widget-container widget_recent_entries"><h3 class="widget-title">Articles récents</h3><ul><li><a href="#">Régionales : la campagne numérique commence</a></li><li><a href="#">Le PS lance La Coopol</a></li><li><a href="#">L'UMP et ses Créateurs de possibles</a></li></ul></li>
<li class="widget-container widget_text"><h3 class="widget-title">À propos</h3><div class="textwidget">Ce blog, tenu par un militant associatif, suit depuis 2007 les usages politiques d'Internet en France, sans esprit partisan et avec un peu d'humour.</div></li>
</ul></div></div>
<div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="/">{e(a["site"])}</a></div><div id="site-generator">Fièrement propulsé par WordPress</div></div></div></div>
</body></html>'''
    return h, lead_exp(a) + exp


# 2. WordPress, modern theme: article > entry-content, comments inside <main>, aside widget-area.
@page("wordpress-moderne")
def _(a):
    body, exp = blocks(a)
    lead = f"<p class=\"has-large-font-size\">{e(a['lead'])}</p>" if a["lead"] else ""
    h = head(a, jsonld=True) + f'''<body class="post-template-default single single-post has-sidebar">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{e(a["site"])}</a></p></div><nav id="site-navigation" class="primary-navigation">{menu("menu-wrapper")}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-88" class="post-88 post type-post status-publish format-standard hentry category-actualite tag-ps tag-coopol entry">
<header class="entry-header alignwide"><h1 class="entry-title">{e(a["title"])}</h1></header>
<div class="entry-content">{lead}
{body}
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Publié le <time class="entry-date published updated" datetime="{a["date"]}">{fr_date(a, False)}</time></span><span class="byline">Par <a href="#">{e(a["author"])}</a></span></div><div class="post-taxonomies"><span class="cat-links">Catégorisé comme <a href="#">Actualité</a></span><span class="tags-links">Étiqueté <a href="#">PS</a> <a href="#">Coopol</a></span></div></footer>
</article>
<div class="author-bio show-avatars"><h2 class="author-title">Publié par {e(a["author"])}</h2><p class="author-description">{e(BIO)}</p></div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#"><p class="meta-nav">Article précédent</p><p class="post-title">Régionales : la campagne numérique commence</p></a></div></div></nav>
{comments_block("comments-area default-max-width show-avatars", "comment byuser")}
</main></div></div>
<aside class="widget-area"><section class="widget widget_block"><h2>Archives</h2><ul><li><a href="#">avril 2010</a></li><li><a href="#">mars 2010</a></li><li><a href="#">février 2010</a></li></ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info">{e(LEGAL)}</div></footer></div>
</body></html>'''
    return h, lead_exp(a) + exp


# 3. National daily, "article__" BEM classes, inline « Lire aussi », cookie banner, reactions.
@page("quotidien-bem")
def _(a):
    body, exp = blocks(a, p_attr=' class="article__paragraph"', h_tag='h2 class="article__sub-title"'.split()[0])
    body = body.replace("</p>\n", "</p>\n", 1)
    parts = body.split("\n")
    parts.insert(2, f'<p class="article__paragraph article__paragraph--lire-aussi"><span class="article__lire-aussi">Lire aussi</span> <a href="#">{e(RELATED[1][0])}</a></p>')
    body = "\n".join(parts)
    lead = f'<p class="article__desc">{e(a["lead"])}</p>' if a["lead"] else ""
    h = head(a) + f'''<body>
<div id="cmp" class="cmp-banner"><p>{e(COOKIE)}</p><button>Accepter</button><button>Paramétrer</button></div>
<header class="Header"><div class="Header__logo"><a href="/">{e(a["site"])}</a></div><nav class="Nav">{menu("Nav__list")}</nav><div class="Header__account"><a href="/abonnement">S'abonner</a> <a href="/connexion">Se connecter</a></div></header>
<main id="main">
<section class="zone zone--article">
<article class="article article--content">
<section class="article__heading"><p class="breadcrumb"><a href="/">Accueil</a> › <a href="/politique/">Politique</a></p><h1 class="article__title">{e(a["title"])}</h1>{lead}
<section class="meta meta__article"><span class="meta__author">Par <a href="#">{e(a["author"])}</a></span> <span class="meta__date">Publié le {fr_date(a)}</span></section></section>
<figure class="article__media"><img src="/img/photo.jpg" alt="photo"><figcaption class="article__legend">Au siège du parti, le 7 janvier 2010. PHOTO D'ILLUSTRATION</figcaption></figure>
<section class="article__content">
{body}
</section>
<section class="article__reactions"><div class="reactions-header"><h3>Réactions</h3></div>{comments_block("reactions", "reaction", "réactions", 3, "reactions")}</section>
</article>
<aside class="aside__iso"><div class="aside__iso-title">Les plus lus</div><ol><li><a href="#">{e(RELATED[0][0])}</a></li><li><a href="#">{e(RELATED[2][0])}</a></li></ol></aside>
</section>
{related_list("services services--related", "Dans la même rubrique")}
</main>
<footer class="footer"><div class="footer__newsletter"><p>{e(NEWSLETTER)}</p><form><input type="email"><button>S'inscrire</button></form></div><p>{e(LEGAL)}</p></footer>
</body></html>'''
    return h, lead_exp(a) + exp


# 4. Old regional site, table layout, Windows-1252, <font>, <br><br> paragraphs, no classes.
@page("regional-tables-1252", charset="windows-1252")
def _(a):
    paras = []
    exp = lead_exp(a)
    for p in a["paras"]:
        if p.startswith("## "):
            paras.append(f"<b>{e(p[3:])}</b>")
            exp.append(p[3:])
        else:
            t = p[2:] if p.startswith(("> ", "- ")) else p
            paras.append(e(t))
            exp.append(t)
    text = "<br><br>\n".join(paras)
    lead = f"<i>{e(a['lead'])}</i><br><br>\n" if a["lead"] else ""
    left = "".join(f'<a href="/{m.lower()}.htm">{e(m)}</a><br>' for m in MENU)
    h = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>{e(a["site"])} - {e(a["title"])}</title></head>
<body bgcolor="#FFFFFF">
<table width="780" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="3"><img src="/img/bandeau.gif" alt="{ea(a["site"])}"></td></tr>
<tr><td width="150" valign="top" bgcolor="#EEEEEE"><font size="1" face="Verdana">{left}<br><b>Météo</b><br>Rennes : 8°C, averses<br>Brest : 9°C, vent fort<br><br><b>Petites annonces</b><br><a href="/pa/">Emploi</a><br><a href="/pa/">Immobilier</a><br><a href="/pa/">Auto</a></font></td>
<td width="480" valign="top"><font face="Verdana" size="2">
<font size="4"><b>{e(a["title"])}</b></font><br>
<font size="1">Mis en ligne le {num_date(a)} à {a["date"][11:16]}</font><br><br>
{lead}{text}<br><br>
<font size="1"><a href="javascript:window.print()">Imprimer cet article</a> | <a href="/envoyer.php">Envoyer à un ami</a></font>
</font></td>
<td width="150" valign="top"><font size="1" face="Verdana"><b>Les dernières infos</b><br><a href="#">Vannes : le port de plaisance s'agrandit</a><br><a href="#">Quimper : grève à la mairie</a><br><a href="#">Lorient : le FCL s'impose 2-0</a><br></font></td></tr>
<tr><td colspan="3" align="center"><font size="1">{e(LEGAL)}</font></td></tr></table>
</body></html>'''
    return h, exp


# 5. Blogger (Blogspot) template: post-body entry-content, comments, sidebar with long profile.
@page("blogger")
def _(a):
    body, exp = blocks(a)
    lead = f"<p><i>{e(a['lead'])}</i></p>" if a["lead"] else ""
    h = head(a, og=False) + f'''<body class="loading">
<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe src="about:blank"></iframe></div></div>
<div id="outer-wrapper"><div id="header-wrapper"><div class="header section" id="header"><div class="widget Header"><h1 class="title"><a href="/">Carnet d'un militant connecté</a></h1><p class="description">Réflexions sur la politique à l'heure du Web</p></div></div></div>
<div id="content-wrapper"><div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<h2 class="date-header"><span>{fr_date(a, False)}</span></h2>
<div class="post-outer"><div class="post hentry"><a name="4821"></a>
<h3 class="post-title entry-title">{e(a["title"])}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content">{lead}
{body}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Publié par <span class="fn">{e(a["author"])}</span></span> <span class="post-timestamp">à <a class="timestamp-link" href="#"><abbr class="published" title="{a["date"]}">{a["date"][11:16]}</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="#">5 commentaires</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Libellés : <a href="#">PS</a>, <a href="#">UMP</a>, <a href="#">web</a></span></div></div></div>
<div class="comments" id="comments"><h4>5 commentaires :</h4><dl id="comments-block">''' + "".join(f'<dt class="comment-author"><a href="#">{e(w)}</a> a dit…</dt><dd class="comment-body"><p>{e(t)}</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#">{e(d)}</a></span></dd>' for w, d, t in COMMENTS) + f'''</dl><p class="comment-footer"><a href="#">Enregistrer un commentaire</a></p></div>
</div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Article plus récent</a></span> <span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Article plus ancien</a></span> <a class="home-link" href="/">Accueil</a></div>
</div></div></div></div>
<div id="sidebar-wrapper"><div class="sidebar section" id="sidebar"><div class="widget Profile" id="Profile1"><h2>Qui suis-je ?</h2><div class="widget-content"><dl class="profile-datablock"><dd class="profile-textblock">Militant depuis vingt ans, conseiller municipal d'opposition dans une commune de l'Essonne, passionné de nouvelles technologies. J'écris ici ce que je n'ose pas dire en réunion de section, et parfois l'inverse.</dd></dl></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Archives du blog</h2><ul><li><a href="#">2010 (42)</a></li><li><a href="#">2009 (87)</a></li></ul></div></div></div>
<div id="footer-wrapper"><div class="footer section" id="footer"><div class="widget Attribution"><div class="widget-content">Fourni par Blogger.</div></div></div></div>
</div></div></body></html>'''
    return h, lead_exp(a) + exp


# 6. SPIP party-federation site: div.chapo, div.texte, forum, navigation, agenda.
@page("spip-federation")
def _(a):
    body, exp = blocks(a, h_tag="h3")
    body = body.replace("<h3>", '<h3 class="spip">')
    lead = f'<div class="chapo"><p>{e(a["lead"])}</p></div>' if a["lead"] else ""
    h = head(a, og=False) + f'''<body class="page_article">
<div class="page"><div class="header" id="header"><a rel="start home" href="/" title="Accueil" class="accueil"><img class="spip_logos" alt="" src="/IMG/siteon0.png"></a><div class="nom_site_spip"><a href="/">Fédération de la Gironde</a></div><div class="slogan_site_spip">Ensemble, agissons pour notre département</div></div>
<div class="main"><div class="wrapper hfeed"><div class="content hentry" id="content">
<p class="arbo"><a href="/">Accueil</a> &gt; <a href="/rubrique2.html">Actualités</a> &gt; <strong class="on">{e(a["title"])}</strong></p>
<div class="cartouche"><h1 class="surlignable">{e(a["title"])}</h1><p class="info-publi"><abbr class="published" title="{a["date"]}">{fr_date(a, False)}</abbr><span class="sep">, </span><span class="auteurs">par <span class="vcard author"><a class="url fn spip_in" href="#">{e(a["author"])}</a></span></span></p></div>
<div class="surlignable">{lead}<div class="texte">
{body}
</div></div>
<div class="ps surlignable"><h2 class="pas_surlignable">Notes</h2><p>Pour participer à l'une des collectes, contactez votre section locale ou la fédération au 05 56 00 00 00.</p></div>
<div class="forum-repondre"><p><a href="/spip.php?page=forum&amp;id_article=312" rel="noindex nofollow">Répondre à cet article</a></p></div>
<div class="forum">''' + "".join(f'<div class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">{e(w)}</strong> <small>{e(d)}</small></div><div class="forum-texte"><p>{e(t)}</p></div></div></div>' for w, d, t in COMMENTS[:3]) + f'''</div>
</div></div>
<div class="aside"><div class="menu menu_rubriques"><h2>Navigation</h2><ul><li><a href="#">Actualités</a></li><li><a href="#">Nos élus</a></li><li><a href="#">Agenda</a></li><li><a href="#">Adhérer</a></li></ul></div>
<div class="menu agenda"><h2>Agenda</h2><ul><li>Samedi 16 janvier : réunion publique à Mérignac, salle du Pin Galant, 10 heures</li><li>Mardi 19 janvier : conseil fédéral, 19 heures</li></ul></div></div></div>
<div class="footer"><p class="colophon">{e(LEGAL)}</p><p><a href="/spip.php?page=plan">Plan du site</a> | <a href="/ecrire/">Se connecter</a> | <a href="/spip.php?page=backend">RSS 2.0</a></p></div></div>
</body></html>'''
    return h, lead_exp(a) + exp


# 7. Drupal party site: node, field--name-body, block-views, region sidebar.
@page("drupal-parti")
def _(a):
    body, exp = blocks(a)
    lead = f'<div class="field field--name-field-chapo"><div class="field__item"><p>{e(a["lead"])}</p></div></div>' if a["lead"] else ""
    h = head(a) + f'''<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system"><a href="/" rel="home">{e(a["site"])}</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main">{menu("menu")}</nav></div>
<div class="region region-highlighted"><div class="block block-adherer"><a class="btn" href="/adherer">Adhérer</a> <a class="btn" href="/don">Faire un don</a></div></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-pagetitle" class="block block-core"><h1 class="page-title"><span class="field field--name-title">{e(a["title"])}</span></h1></div>
<article role="article" class="node node--type-article node--view-mode-full"><div class="node__meta"><span>Publié par <span class="field field--name-uid">{e(a["author"])}</span></span> le <span class="field field--name-created">{num_date(a)} - {a["date"][11:16]}</span></div>
<div class="node__content">{lead}<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-tags field--label-above"><div class="field__label">Thématiques</div><div class="field__items"><div class="field__item"><a href="#">Numérique</a></div><div class="field__item"><a href="#">Élections</a></div></div></div>
<ul class="links inline"><li class="comment-forbidden"><a href="/user/login">Connectez-vous</a> pour publier des commentaires</li></ul></div></article>
</div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><div class="views-element-container block block-views"><h2>Dernières actualités</h2><div class="view-content"><div class="views-row"><a href="#">{e(RELATED[3][0])}</a><p>{e(RELATED[3][1])}</p></div><div class="views-row"><a href="#">{e(RELATED[0][0])}</a></div></div></div></div></aside></main>
<footer role="contentinfo"><div class="region region-footer"><p>{e(LEGAL)}</p></div></footer></div></div>
</body></html>'''
    return h, lead_exp(a) + exp


# 8. Joomla site: item-page, itemprop=articleBody, article-info dl, pagenav, modules.
@page("joomla")
def _(a):
    body, exp = blocks(a, h_tag="h3")
    lead = f"<p><strong>{e(a['lead'])}</strong></p>" if a["lead"] else ""
    h = head(a, og=False) + f'''<body class="site com_content view-article">
<div class="body"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">{e(a["site"])}</span></a><div class="header-search pull-right"><form class="form-inline"><input name="searchword" class="inputbox search-query" type="search" placeholder="Rechercher..."></form></div></div></header>
<nav class="navigation" role="navigation"><div class="nav-collapse">{menu("nav menu nav-pills")}</div></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="fr-FR">
<div class="page-header"><h2 itemprop="headline">{e(a["title"])}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Détails</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Écrit par <span itemprop="name">{e(a["author"])}</span></dd><dd class="category-name">Catégorie : <a href="#" itemprop="genre">Actualités</a></dd><dd class="published"><time datetime="{a["date"]}" itemprop="datePublished">Publication : {fr_date(a, False)}</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1583">Affichages : 1583</dd></dl>
<div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#">Outils</a><ul class="dropdown-menu"><li class="print-icon"><a href="#">Imprimer</a></li><li class="email-icon"><a href="#">E-mail</a></li></ul></div>
<div itemprop="articleBody">{lead}
{body}
</div>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Précédent</a></li><li class="next"><a href="#" rel="next">Suivant &gt;</a></li></ul></div>
</main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">Derniers articles</h3><ul class="latestnews"><li><a href="#">{e(RELATED[0][0])}</a></li><li><a href="#">{e(RELATED[1][0])}</a></li></ul></div>
<div class="well "><h3 class="page-header">Newsletter</h3><p>{e(NEWSLETTER)}</p></div></div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr><p class="pull-right"><a href="#top" id="back-top">Haut de page</a></p><p>{e(LEGAL)}</p></div></footer>
</body></html>'''
    return h, lead_exp(a) + exp


# 9. Div soup with meaningless class names (minified CSS-in-JS): no hints at all, comments in <section>.
@page("divsoup-sans-classes")
def _(a):
    body, exp = blocks(a, p_attr=' class="sc-1x7b"', h_tag="h2")
    lead = f'<p class="sc-9kq2">{e(a["lead"])}</p>' if a["lead"] else ""
    links = "".join(f'<a class="sc-3j" href="#">{e(m)}</a>' for m in MENU)
    h = head(a) + f'''<body><div id="__next"><div class="sc-a1"><div class="sc-b2">{links}</div>
<div class="sc-c3"><div class="sc-d4"><span class="sc-e5">{e(a["site"])}</span></div>
<div class="sc-f6"><div class="sc-g7"><h1 class="sc-h8">{e(a["title"])}</h1>{lead}<div class="sc-i9"><span>{e(a["author"])}</span> · <span>{num_date(a)}</span></div></div>
<div class="sc-j10">
{body}
</div></div>
<div class="sc-k11"><div class="sc-l12"><a href="#">{e(RELATED[0][0])}</a><a href="#">{e(RELATED[1][0])}</a><a href="#">{e(RELATED[2][0])}</a></div></div>
</div>
<div class="sc-m13"><div>{e(COOKIE)}</div><span class="sc-n14">OK</span></div>
<div class="sc-o15"><a href="#">Mentions légales</a><a href="#">Contact</a><a href="#">CGU</a><span>© 2010</span></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"id":4821}}}}}}</script></body></html>'''
    return h, lead_exp(a) + exp


# 10. News portal republishing an agency dispatch: many "les plus lus" lists, ads between paragraphs.
@page("portail-depeche")
def _(a):
    body, exp = blocks(a)
    parts = body.split("\n")
    parts.insert(2, '<div class="ad-slot ad-slot--inread"><span class="ad-label">Publicité</span><div id="dfp-inread"></div></div>')
    body = "\n".join(parts)
    lead = f'<p class="chapo">{e(a["lead"])}</p>' if a["lead"] else ""
    lists = "".join(f'<div class="module module-list"><h4>{t}</h4><ol>' + "".join(f"<li><a href='#'>{e(r[0])}</a></li>" for r in RELATED) + "</ol></div>" for t in ["Les plus lus", "Les plus commentés", "Vidéos"])
    h = head(a, jsonld=True) + f'''<body class="portal">
<div id="top-ad" class="ad-banner"><div class="ad-label">Publicité</div></div>
<header class="portal-header"><a class="logo" href="/">Portail Actu</a>{menu("portal-nav")}<form class="search"><input type="search"></form></header>
<div class="portal-body"><div class="col-left">
<div class="story"><div class="story-header"><span class="story-kicker">Politique</span><h1>{e(a["title"])}</h1><div class="story-meta">{e(a["site"])} | Publié le {num_date(a)} à {a["date"][11:16]} | <a href="#comments">Réagir</a></div></div>
{lead}
<div class="story-body">
{body}
</div>
<div class="story-source">Copyright © 2010 {e(a["site"])}. Tous droits de reproduction et de représentation réservés.</div>
<div class="social-bar"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur Twitter</a></div>
</div>
{related_list("story-related", "À lire aussi")}
</div>
<div class="col-right">{lists}<div class="module meteo"><h4>Météo</h4><p>Paris : 6°C, nuageux.</p></div></div></div>
<footer class="portal-footer"><p>{e(LEGAL)}</p></footer>
</body></html>'''
    return h, lead_exp(a) + exp


# 11. HTML5 with <main> and <article> but no class at all; comments inside the <article>.
@page("html5-semantique")
def _(a):
    body, exp = blocks(a)
    lead = f"<p><em>{e(a['lead'])}</em></p>" if a["lead"] else ""
    h = head(a) + f'''<body>
<header><p><a href="/">{e(a["site"])}</a></p><nav>{menu("x")}</nav></header>
<main><article>
<header><h1>{e(a["title"])}</h1><p>Par {e(a["author"])}, le <time datetime="{a["date"]}">{fr_date(a)}</time></p></header>
{lead}
{body}
<footer><p>Mots-clés : <a href="#">UMP</a>, <a href="#">PS</a>, <a href="#">Internet</a></p></footer>
<section id="commentaires"><h2>Commentaires</h2>''' + "".join(f"<article><header><b>{e(w)}</b>, {e(d)}</header><p>{e(t)}</p></article>" for w, d, t in COMMENTS[:3]) + f'''<form><textarea></textarea><button>Envoyer</button></form></section>
</article>
<aside><h2>À lire aussi</h2><ul>''' + "".join(f"<li><a href='#'>{e(r[0])}</a></li>" for r in RELATED) + f'''</ul></aside></main>
<footer><p>{e(LEGAL)}</p></footer>
</body></html>'''
    return h, lead_exp(a) + exp


# 12. Party press release page (communiqué), ISO-8859-15 with euro sign and ligatures, sidebar agenda.
@page("communique-parti-latin9", charset="iso-8859-15")
def _(a):
    body, exp = blocks(a)
    extra = "Le coût de l'opération, estimé à 15 000 €, est intégralement pris en charge par le mouvement, qui rappelle que chaque œuvre de solidarité compte."
    body += f"\n<p>{e(extra)}</p>"
    exp = exp + [extra]
    lead = f'<div class="intro">{e(a["lead"])}</div>' if a["lead"] else ""
    h = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15" /><title>Communiqué - {e(a["title"])}</title></head>
<body><div id="conteneur"><div id="entete"><img src="/images/logo.gif" alt="Logo" /><ul id="menu-haut"><li><a href="#">Le mouvement</a></li><li><a href="#">Nos idées</a></li><li><a href="#">Communiqués</a></li><li><a href="#">Adhérer</a></li></ul></div>
<div id="colonne-gauche"><div class="bloc"><h3>Agenda</h3><p>Samedi 13 février : conseil national à Paris, 14 heures, salle de la Mutualité.</p><p>Mercredi 17 février : réunion des responsables départementaux.</p></div><div class="bloc"><h3>Rejoignez-nous</h3><p><a href="#">Adhérez en ligne</a></p></div></div>
<div id="colonne-centre"><div class="communique"><p class="type">Communiqué de presse</p><h1>{e(a["title"])}</h1><p class="date">Paris, le {fr_date(a, False)}</p>
{lead}
<div class="corps">
{body}
</div>
<p class="contact">Contact presse : service de presse, 01 40 00 00 00</p></div></div>
<div id="pied">{e(LEGAL)}</div></div></body></html>'''
    return h, lead_exp(a) + exp


# 13. Magazine with long related teasers as sibling paragraphs and a long author bio.
@page("magazine-teasers")
def _(a):
    body, exp = blocks(a)
    lead = f'<p class="standfirst">{e(a["lead"])}</p>' if a["lead"] else ""
    teasers = "".join(f'<div class="teaser"><h3><a href="#">{e(t)}</a></h3><p>{e(s)}</p></div>' for t, s in RELATED)
    h = head(a) + f'''<body>
<div class="topbar"><a href="/abonnement">Abonnez-vous : 1 € le premier mois</a></div>
<div class="masthead"><a href="/">{e(a["site"])}</a></div><div class="navbar">{menu("navbar-list")}</div>
<div class="wrap"><div class="col-main">
<div class="post"><h1 class="headline">{e(a["title"])}</h1>{lead}
<p class="byline">Par {e(a["author"])} — {fr_date(a)}</p>
<div class="text">
{body}
</div>
<div class="about-author"><h4>L'auteur</h4><p>{e(BIO)}</p></div>
</div>
<div class="more-stories"><h2>Vous aimerez aussi</h2>{teasers}</div>
</div>
<div class="col-side"><div class="newsletter-box"><h4>Newsletter</h4><p>{e(NEWSLETTER)}</p></div></div></div>
<div class="site-footer"><p>{e(LEGAL)}</p></div></body></html>'''
    return h, lead_exp(a) + exp


# 14. Paragraphs as <div>s (no <p>), brief with heavy boilerplate.
@page("divs-paragraphes")
def _(a):
    body, exp = blocks(a, p_tag="div", h_tag="h3")
    lead = f'<div class="resume"><b>{e(a["lead"])}</b></div>' if a["lead"] else ""
    h = head(a, og=False) + f'''<body><div id="haut"><div id="logo">{e(a["site"])}</div><div id="rubriques">{menu("r")}</div></div>
<div id="milieu"><div id="gauche"><div class="actu">
<div class="titre">{e(a["title"])}</div><div class="infos">{e(a["author"])} - {num_date(a)} {a["date"][11:16]}</div>
{lead}
<div class="contenu">
{body}
</div></div></div>
<div id="droite"><div class="encadre"><div class="titre-encadre">Dernières dépêches</div>''' + "".join(f"<div class='ligne'><a href='#'>{e(r[0])}</a></div>" for r in RELATED) + f'''</div>
<div class="encadre"><div class="titre-encadre">Sondage</div><div>Les réseaux sociaux des partis vont-ils changer la campagne ?</div><div><a href="#">Oui</a> <a href="#">Non</a> <a href="#">Sans opinion</a></div></div></div></div>
<div id="bas">{e(LEGAL)}</div></body></html>'''
    return h, lead_exp(a) + exp


# 15. Overblog-style blog: article with ob-section, many widgets, comments with "ob-comment".
@page("overblog")
def _(a):
    body, exp = blocks(a)
    lead = f"<p>{e(a['lead'])}</p>" if a["lead"] else ""
    h = head(a) + f'''<body class="ob-body"><div class="ob-header"><div class="ob-header-title"><a href="/">Le blog-notes de la section</a></div><div class="ob-header-description">Chroniques militantes et vie locale</div></div>
<div class="ob-wrapper"><div class="ob-main"><div class="ob-post">
<div class="ob-post-header"><h2 class="ob-post-title">{e(a["title"])}</h2><span class="ob-post-date">{fr_date(a, False)}</span></div>
<div class="ob-section ob-section-text"><div class="ob-text">{lead}
{body}
</div></div>
<div class="ob-post-footer"><span class="ob-post-tags">Tags : <a href="#">militantisme</a> <a href="#">réseaux sociaux</a></span><span class="ob-share">Repost <a href="#">0</a></span></div></div>
<div class="ob-comments"><h3>Commentaires</h3>''' + "".join(f'<div class="ob-comment"><div class="ob-user">{e(w)}</div><div class="ob-date">{e(d)}</div><p class="ob-message">{e(t)}</p></div>' for w, d, t in COMMENTS[:4]) + f'''</div></div>
<div class="ob-sidebar"><div class="ob-widget"><h4>Présentation</h4><p>Le blog de la section locale : comptes rendus de réunions, réflexions et coups de gueule de militants de terrain depuis 2006.</p></div><div class="ob-widget"><h4>Recherche</h4><form><input></form></div><div class="ob-widget"><h4>Pages</h4><ul><li><a href="#">Qui sommes-nous ?</a></li><li><a href="#">Contact</a></li></ul></div></div></div>
<div class="ob-footer">Blog propulsé par Overblog - Signaler un abus - Mentions légales</div></body></html>'''
    return h, lead_exp(a) + exp


# 16. Print version: minimal page, text in a single <div>, title in <h2>, footer URL.
@page("version-imprimable")
def _(a):
    body, exp = blocks(a)
    lead = f"<p><b>{e(a['lead'])}</b></p>" if a["lead"] else ""
    h = f'''<html><head><meta charset="utf-8"><title>{e(a["title"])} - Version imprimable</title><style>body{{font-family:serif}}</style></head>
<body onload="window.print()"><div><img src="/logo-print.png" alt=""></div>
<h2>{e(a["title"])}</h2><p><i>{e(a["author"])} - {fr_date(a)}</i></p>
<div>{lead}
{body}</div>
<hr><p><small>Article imprimé depuis https://www.example.fr/politique/{a["slug"]}.html - {e(LEGAL)}</small></p></body></html>'''
    return h, lead_exp(a) + exp


# 17. Live-style page with a long cookie modal, newsletter inline block and paywall teaser.
@page("site-info-cookies")
def _(a):
    body, exp = blocks(a)
    parts = body.split("\n")
    parts.insert(3, f'<div class="inline-newsletter"><p>{e(NEWSLETTER)}</p><form><input type="email"></form></div>')
    body = "\n".join(parts)
    lead = f'<h2 class="article-lead">{e(a["lead"])}</h2>' if a["lead"] else ""
    h = head(a, jsonld=True) + f'''<body>
<div id="didomi-host"><div class="didomi-popup"><h2>Votre vie privée</h2><p>{e(COOKIE)}</p><p>Vous pouvez modifier vos choix à tout moment en cliquant sur « Paramètres des cookies » en bas de page. Certains partenaires traitent vos données sur la base de leur intérêt légitime, auquel vous pouvez vous opposer.</p><button>Tout accepter</button><button>Continuer sans accepter</button></div></div>
<header class="site-header"><a href="/" class="logo">{e(a["site"])}</a>{menu("header-menu")}</header>
<div class="page-content"><article class="article-full">
<h1 class="article-title">{e(a["title"])}</h1>{lead}
<div class="article-infos"><span class="author">{e(a["author"])}</span> <time datetime="{a["date"]}">{num_date(a)}</time></div>
<div class="article-content">
{body}
</div>
<div class="article-tags"><a href="#">UMP</a><a href="#">PS</a><a href="#">Web</a></div>
</article>
<div class="outbrain-widget"><h3>Recommandé pour vous</h3>''' + "".join(f"<div class='ob-item'><a href='#'>{e(r[0])}</a><p>{e(r[1])}</p></div>" for r in RELATED) + f'''</div></div>
<footer class="site-footer"><p>{e(LEGAL)}</p><a href="#">Paramètres des cookies</a></footer></body></html>'''
    return h, lead_exp(a) + exp


# 18. Built to mislead: reader comments in plain <div>s without any class or id hint.
@page("commentaires-sans-indice")
def _(a):
    body, exp = blocks(a)
    lead = f"<p><b>{e(a['lead'])}</b></p>" if a["lead"] else ""
    comments = "".join(f"<div><b>{e(w)}</b> <span>{e(d)}</span><p>{e(t)}</p></div>" for w, d, t in COMMENTS[:4])
    h = head(a) + f"""<body><div id="t"><a href="/">{e(a["site"])}</a></div><div id="m">{menu("l")}</div>
<div id="c"><div id="a1"><h1>{e(a["title"])}</h1><div>{e(a["author"])} – {num_date(a)}</div>
{lead}
{body}
</div>
<div><h3>4 réactions</h3>{comments}</div></div>
<div id="f">{e(LEGAL)}</div></body></html>"""
    return h, lead_exp(a) + exp


# 19. Built to mislead: teasers with summaries inside the article container, no class hint.
@page("teasers-dans-article")
def _(a):
    body, exp = blocks(a)
    lead = f"<p><strong>{e(a['lead'])}</strong></p>" if a["lead"] else ""
    teasers = "".join(f"<div><h4><a href='#'>{e(t)}</a></h4><p>{e(s)}</p></div>" for t, s in RELATED[:3])
    h = head(a) + f"""<body><header><a href="/">{e(a["site"])}</a>{menu("m")}</header>
<div class="wrap"><div class="col">
<h1>{e(a["title"])}</h1>
{lead}
{body}
<div class="bloc3"><h3>Sur le même thème</h3>{teasers}</div>
</div></div><div class="bas">{e(LEGAL)}</div></body></html>"""
    return h, lead_exp(a) + exp


# 20. Built to mislead: the author's bio as the last paragraph of the text, in italics, no hint.
@page("bio-en-fin-de-texte")
def _(a):
    body, exp = blocks(a)
    lead = f"<p class=\"intro\">{e(a['lead'])}</p>" if a["lead"] else ""
    h = head(a) + f"""<body><div id="header"><a href="/">{e(a["site"])}</a></div><div id="nav">{menu("n")}</div>
<div id="main"><h1>{e(a["title"])}</h1>
{lead}
<div class="txt">
{body}
<p><em>{e(BIO)}</em></p>
</div></div>
<div id="footer">{e(LEGAL)}</div></body></html>"""
    return h, lead_exp(a) + exp


# 21. Built to mislead: the text split in two blocks around an advertising block, no standard class.
@page("texte-coupe-par-pub")
def _(a):
    body, exp = blocks(a)
    parts = body.split("\n")
    cut = max(1, len(parts) // 2)
    lead = f"<p class=\"acc\">{e(a['lead'])}</p>" if a["lead"] else ""
    h = head(a) + f"""<body><div class="hd"><a href="/">{e(a["site"])}</a>{menu("hd-menu")}</div>
<div class="ct"><h1 class="ttl">{e(a["title"])}</h1><div class="sgn">Par {e(a["author"])} | {num_date(a)}</div>
{lead}
<div class="txt-part">
{chr(10).join(parts[:cut])}
</div>
<div class="mpu"><span>Publicité</span><div id="gpt-ad-2"></div><p>La suite de l'article après cette publicité</p></div>
<div class="txt-part">
{chr(10).join(parts[cut:])}
</div>
<div class="sgn2"><a href="#">Partager</a> <a href="#">Commenter</a></div>
</div><div class="ft">{e(LEGAL)}</div></body></html>"""
    return h, lead_exp(a) + exp


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(2010)
    n = 0
    # Every layout twice, with two different articles: 34 pages.
    for rnd in range(2):
        for i, (name, f, charset) in enumerate(PAGES):
            a = ARTICLES[(i + rnd * 5) % len(ARTICLES)]
            html, exp = f(a)
            n += 1
            base = f"{n:02d}-{name}-{a['slug']}"
            with open(os.path.join(OUT, base + ".html"), "wb") as fh:
                fh.write(html.encode(charset, errors="xmlcharrefreplace"))
            with open(os.path.join(OUT, base + ".txt"), "w", encoding="utf-8") as fh:
                fh.write("\n\n".join(exp) + "\n")
    print(f"{n} pages written to {OUT}")


if __name__ == "__main__":
    main()
