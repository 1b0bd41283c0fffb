<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lectern</name>
    <message>
        <location filename="../app/cli.cpp" line="282"/>
        <source>Handed over to the running Lectern.
</source>
        <translation>An das laufende Lectern übergeben.
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="299"/>
        <location filename="../app/cli.cpp" line="332"/>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="300"/>
        <source>The library %1 is damaged and cannot be opened.</source>
        <translation>Die Bibliothek %1 ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="302"/>
        <source>%1

Lectern can put back the backup it made before its last upgrade, or start a new, empty library. Either way the damaged file is kept beside it.</source>
        <translation>%1

Lectern kann die Sicherung wiederherstellen, die es vor der letzten Aktualisierung angelegt hat, oder eine neue, leere Bibliothek anlegen. In beiden Fällen bleibt die beschädigte Datei daneben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="308"/>
        <source>Restore the Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="309"/>
        <source>Start a New Library</source>
        <translation>Neue Bibliothek anlegen</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="327"/>
        <source>lectern: %1 was moved aside to %2
</source>
        <translation>lectern: %1 wurde nach %2 verschoben
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="333"/>
        <source>The library could not be opened.

%1</source>
        <translation>Die Bibliothek konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="287"/>
        <location filename="../app/cli.cpp" line="320"/>
        <location filename="../app/cli.cpp" line="334"/>
        <source>lectern: %1
</source>
        <translation>lectern: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="55"/>
        <source>no permalink given</source>
        <translation>kein Permalink angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="78"/>
        <source>no post with permalink %1 in the library</source>
        <translation>kein Beitrag mit dem Permalink %1 in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="83"/>
        <source>%1 matches %2 posts; give the whole permalink: %3</source>
        <translation>%1 passt auf %2 Beiträge; bitte den vollständigen Permalink angeben: %3</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="135"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="63"/>
        <source>Showing results for %1</source>
        <translation>Ergebnisse für %1</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="65"/>
        <source>No posts found.</source>
        <translation>Keine Beiträge gefunden.</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="35"/>
        <source>usage: lectern sources add URL|FOLDER [--name NAME] [--auth basic|bearer] [--every MINUTES] [--drafts]
       lectern sources list [--json]
       lectern sources refresh NAME...|--all [--timeout SECONDS] [--secret-stdin]
       lectern sources fetch-articles NAME [--delay MS] [--limit N]
       lectern sources remove NAME
(all take --db FILE)
</source>
        <translation>Aufruf: lectern sources add URL|FOLDER [--name NAME] [--auth basic|bearer] [--every MINUTES] [--drafts]
       lectern sources list [--json]
       lectern sources refresh NAME...|--all [--timeout SECONDS] [--secret-stdin]
       lectern sources fetch-articles NAME [--delay MS] [--limit N]
       lectern sources remove NAME
(alle akzeptieren --db FILE)
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="97"/>
        <source>  skipped %1
</source>
        <translation>  übersprungen: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="99"/>
        <source>  gone from the source (kept): %1
</source>
        <translation>  nicht mehr in der Quelle (behalten): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="103"/>
        <source> [%1 ms; download %2 ms, %3 bytes]
</source>
        <translation> [%1 ms; Download %2 ms, %3 Bytes]
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="119"/>
        <source>Password or token for %1: </source>
        <translation>Passwort oder Token für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="126"/>
        <source>lectern sources: %1
Run again with --secret-stdin to give the password or token for this run only.
</source>
        <translation>lectern sources: %1
Mit --secret-stdin erneut ausführen, um das Passwort oder Token nur für diesen Lauf anzugeben.
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="144"/>
        <location filename="../app/cli_sources.cpp" line="176"/>
        <location filename="../app/cli_sources.cpp" line="194"/>
        <location filename="../app/cli_sources.cpp" line="203"/>
        <source>lectern sources add: %1
</source>
        <translation>lectern sources add: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="147"/>
        <source>added Markdown folder %1 (source %2)
</source>
        <translation>Markdown-Ordner %1 hinzugefügt (Quelle %2)
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="160"/>
        <source>user:password for %1: </source>
        <translation>Benutzer:Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="161"/>
        <source>Token for %1: </source>
        <translation>Token für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="163"/>
        <source>lectern sources add: --auth %1 needs the %2 on standard input
</source>
        <translation>lectern sources add: --auth %1 erwartet %2 auf der Standardeingabe
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="165"/>
        <source>&quot;user:password&quot;</source>
        <translation>„Benutzer:Passwort“</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="165"/>
        <source>token</source>
        <translation>das Token</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="169"/>
        <source>lectern sources add: Basic authentication needs &quot;user:password&quot; on standard input
</source>
        <translation>lectern sources add: Basic-Authentifizierung erwartet „Benutzer:Passwort“ auf der Standardeingabe
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="178"/>
        <source>Add it with --auth basic or --auth bearer and the secret on standard input.
</source>
        <translation>Mit --auth basic oder --auth bearer und dem Geheimnis auf der Standardeingabe hinzufügen.
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="205"/>
        <source>added %1 %2 as &quot;%3&quot; (source %4)
</source>
        <translation>%1 %2 als „%3“ hinzugefügt (Quelle %4)
</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="70"/>
        <location filename="../lib/ingest/feedparser.cpp" line="444"/>
        <location filename="../lib/ingest/feedparser.cpp" line="470"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="52"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="442"/>
        <location filename="../lib/ingest/feedparser.cpp" line="468"/>
        <source>%1 is not well-formed XML: %2 (%3)</source>
        <translation>%1 ist kein wohlgeformtes XML: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="445"/>
        <source>%1 has no XML element</source>
        <translation>%1 enthält kein XML-Element</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="451"/>
        <source>%1 is not an RSS feed: its root element is &lt;%2&gt;, not &lt;rss&gt;</source>
        <translation>%1 ist kein RSS-Feed: sein Wurzelelement ist &lt;%2&gt;, nicht &lt;rss&gt;</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="458"/>
        <source>%1 is not an Atom feed: its root element is &lt;%2&gt; in namespace &quot;%3&quot;</source>
        <translation>%1 ist kein Atom-Feed: sein Wurzelelement ist &lt;%2&gt; im Namensraum „%3“</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="494"/>
        <source>%1 is not valid JSON: %2 at %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei %3</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="499"/>
        <source>%1 is not a JSON Feed: expected a JSON object</source>
        <translation>%1 ist kein JSON Feed: ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="506"/>
        <source>%1 is not a JSON Feed: it has no &quot;version&quot; (&quot;https://jsonfeed.org/version/1.1&quot;)</source>
        <translation>%1 ist kein JSON Feed: „version“ fehlt („https://jsonfeed.org/version/1.1“)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="509"/>
        <source>%1 is not a JSON Feed: unknown version &quot;%2&quot;</source>
        <translation>%1 ist kein JSON Feed: unbekannte Version „%2“</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="515"/>
        <source>%1 is not a valid JSON Feed: &quot;items&quot; is missing or not an array</source>
        <translation>%1 ist kein gültiger JSON Feed: „items“ fehlt oder ist kein Array</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="525"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="91"/>
        <source>item %1 is not an object</source>
        <translation>Eintrag %1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="565"/>
        <source>item %1 (&quot;%2&quot;) has no &quot;url&quot;</source>
        <translation>Eintrag %1 („%2“) hat keine „url“</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="100"/>
        <source>item %1: field &quot;%2&quot; is missing</source>
        <translation>Eintrag %1: Feld „%2“ fehlt</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="102"/>
        <source>item %1: field &quot;%2&quot; is not a string</source>
        <translation>Eintrag %1: Feld „%2“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="107"/>
        <source>item %1: field &quot;%2&quot; is %3 characters long, more than the %4 a post&apos;s field may have</source>
        <translation>Eintrag %1: Feld „%2“ ist %3 Zeichen lang; ein Feld eines Beitrags darf höchstens %4 Zeichen haben</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="114"/>
        <source>item %1: field &quot;%2&quot; contains a NUL character</source>
        <translation>Eintrag %1: Feld „%2“ enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="118"/>
        <source>item %1: field &quot;permalink&quot; is empty</source>
        <translation>Eintrag %1: Feld „permalink“ ist leer</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="38"/>
        <source>is UTF-16 text; save it as UTF-8</source>
        <translation>ist UTF-16-Text; bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="40"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="55"/>
        <source>is not valid UTF-8 (an invalid byte sequence on line %1)</source>
        <translation>ist kein gültiges UTF-8 (ungültige Bytefolge in Zeile %1)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="60"/>
        <source>contains a NUL character (line %1): it is binary, not Markdown</source>
        <translation>enthält ein NUL-Zeichen (Zeile %1): die Datei ist binär, kein Markdown</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="63"/>
        <source>contains the control character U+%1 (line %2)</source>
        <translation>enthält das Steuerzeichen U+%1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="230"/>
        <source>front matter line %1 is not &quot;key: value&quot;: %2</source>
        <translation>Front-Matter-Zeile %1 hat nicht die Form „Schlüssel: Wert“: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="268"/>
        <source>front matter line %1 is not &quot;key = value&quot;: %2</source>
        <translation>Front-Matter-Zeile %1 hat nicht die Form „Schlüssel = Wert“: %2</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="182"/>
        <source>Source: &lt;%1&gt;</source>
        <translation>Quelle: &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="194"/>
        <source>## Highlights</source>
        <translation>## Markierungen</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="197"/>
        <source>Open this passage in the post</source>
        <translation>Diese Stelle im Beitrag öffnen</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="202"/>
        <source>## Detached highlights</source>
        <translation>## Abgelöste Markierungen</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="203"/>
        <source>*These passages are no longer in the post&apos;s text; they are kept as they were.*</source>
        <translation>*Diese Stellen stehen nicht mehr im Text des Beitrags; sie bleiben so erhalten, wie sie waren.*</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="207"/>
        <source>Open the post</source>
        <translation>Den Beitrag öffnen</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="512"/>
        <location filename="../lib/store/marks.cpp" line="63"/>
        <source>no post with id %1 in the library</source>
        <translation>kein Beitrag mit der ID %1 in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="546"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="548"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="551"/>
        <source>the folder %1 is not writable</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../lib/search/queryparser.cpp" line="157"/>
        <source>The filter %1: needs a value, for example %1:name.</source>
        <translation>Der Filter %1: braucht einen Wert, zum Beispiel %1:name.</translation>
    </message>
    <message>
        <location filename="../lib/search/queryparser.cpp" line="179"/>
        <source>Unknown filter %1:%2. Use %3.</source>
        <translation>Unbekannter Filter %1:%2. Verwenden Sie %3.</translation>
    </message>
    <message>
        <location filename="../lib/search/queryparser.cpp" line="179"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../lib/search/queryparser.cpp" line="189"/>
        <source>%1:%2 cannot be negated.</source>
        <translation>%1:%2 kann nicht verneint werden.</translation>
    </message>
    <message>
        <location filename="../lib/search/queryparser.cpp" line="203"/>
        <source>Unknown filter &quot;%1:&quot;. The filters are %2.</source>
        <translation>Unbekannter Filter „%1:“. Die Filter sind %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="55"/>
        <source>no SQLite handle</source>
        <translation>kein SQLite-Handle</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="48"/>
        <source>cannot write to the library: %1</source>
        <translation>in die Bibliothek kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="53"/>
        <source>cannot save to the library: %1</source>
        <translation>in der Bibliothek kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="102"/>
        <source>bookmark position %1 is outside 0..1</source>
        <translation>Lesezeichenposition %1 liegt außerhalb von 0..1</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="104"/>
        <source>“%1” is not a heading anchor</source>
        <translation>„%1“ ist kein Überschriftenanker</translation>
    </message>
</context>
<context>
    <name>Lectern::AboutDialog</name>
    <message>
        <location filename="../app/aboutdialog.cpp" line="19"/>
        <location filename="../app/aboutdialog.cpp" line="20"/>
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="28"/>
        <source>&lt;h2&gt;Lectern %1&lt;/h2&gt;&lt;p&gt;A desktop knowledge base for technical blogs: import, search, read and annotate them offline.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lectern %1&lt;/h2&gt;&lt;p&gt;Eine Wissensdatenbank für technische Blogs auf dem Desktop: importieren, durchsuchen, lesen und kommentieren – auch offline.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/aboutdialog.cpp" line="46"/>
        <source>%1 (%n syntax definitions)</source>
        <translation>
            <numerusform>%1 (%n Syntaxdefinition)</numerusform>
            <numerusform>%1 (%n Syntaxdefinitionen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="52"/>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="58"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleExtractor</name>
    <message>
        <location filename="../lib/ingest/articleextractor.cpp" line="418"/>
        <source>%1 nests its elements more than %2 deep; it is not read</source>
        <translation>%1 verschachtelt seine Elemente mehr als %2 Ebenen tief; die Seite wird nicht gelesen</translation>
    </message>
    <message>
        <location filename="../lib/ingest/articleextractor.cpp" line="425"/>
        <source>%1 could not be parsed as HTML</source>
        <translation>%1 konnte nicht als HTML gelesen werden</translation>
    </message>
    <message>
        <location filename="../lib/ingest/articleextractor.cpp" line="521"/>
        <source>%1 has no article text that Lectern can find</source>
        <translation>%1 enthält keinen Artikeltext, den Lectern finden kann</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleFetchResult</name>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="94"/>
        <source>%1 of %2 articles fetched, %3 unchanged, %4 failed</source>
        <translation>%1 von %2 Artikeln abgerufen, %3 unverändert, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="100"/>
        <source>; the site asked Lectern to slow down, %1 left for the next run</source>
        <translation>; die Website bat Lectern, langsamer zu werden, %1 bleiben für den nächsten Lauf</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="102"/>
        <source>; cancelled, %1 left for the next run</source>
        <translation>; abgebrochen, %1 bleiben für den nächsten Lauf</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="104"/>
        <source>; %1 left for the next run</source>
        <translation>; %1 bleiben für den nächsten Lauf</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleRenderer</name>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="260"/>
        <source>Part %1 of %2 in %3</source>
        <translation>Teil %1 von %2 in %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/render/articlerenderer.cpp" line="278"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="282"/>
        <source>This post is no longer in its source; this is the last copy Lectern saw.</source>
        <translation>Dieser Beitrag ist nicht mehr in seiner Quelle; dies ist die letzte Fassung, die Lectern gesehen hat.</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="293"/>
        <source>Related posts</source>
        <translation>Verwandte Beiträge</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="295"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="296"/>
        <source>Mentioned by</source>
        <translation>Erwähnt von</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="320"/>
        <source>Series: %1</source>
        <translation>Serie: %1</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="321"/>
        <source>More posts</source>
        <translation>Weitere Beiträge</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="322"/>
        <source>More in %1</source>
        <translation>Mehr in %1</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="342"/>
        <source>Previous part</source>
        <translation>Vorheriger Teil</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="343"/>
        <source>Older post</source>
        <translation>Älterer Beitrag</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="343"/>
        <source>Older in %1</source>
        <translation>Älter in %1</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="347"/>
        <source>Next part</source>
        <translation>Nächster Teil</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="348"/>
        <source>Newer post</source>
        <translation>Neuerer Beitrag</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="348"/>
        <source>Newer in %1</source>
        <translation>Neuer in %1</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="529"/>
        <source>The source gives only this summary; Post &gt; Fetch Full Article downloads the whole article.</source>
        <translation>Die Quelle liefert nur diese Zusammenfassung; Beitrag › Vollständigen Artikel abrufen lädt den ganzen Artikel herunter.</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="139"/>
        <location filename="../lib/render/articlerenderer.cpp" line="373"/>
        <source>Link to this section</source>
        <translation>Link zu diesem Abschnitt</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="421"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="434"/>
        <source>Copy the code</source>
        <translation>Den Code kopieren</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="436"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleService</name>
    <message>
        <location filename="../app/articleservice.cpp" line="237"/>
        <source>Not in the library</source>
        <translation>Nicht in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="238"/>
        <source>This post is not in the library (any more). It may have been removed by an import.</source>
        <translation>Dieser Beitrag ist nicht (mehr) in der Bibliothek. Vielleicht wurde er durch einen Import entfernt.</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="294"/>
        <source>Ctrl+K, Ctrl+L or /</source>
        <translation>Strg+K, Strg+L oder /</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="294"/>
        <source>search the library</source>
        <translation>die Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="295"/>
        <source>Up, Down, Enter</source>
        <translation>Auf, Ab, Eingabe</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="295"/>
        <source>choose and open a result</source>
        <translation>ein Ergebnis wählen und öffnen</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="296"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="296"/>
        <source>open a result in a new tab</source>
        <translation>ein Ergebnis in einem neuen Tab öffnen</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="297"/>
        <source>Alt+Left, Alt+Right</source>
        <translation>Alt+Links, Alt+Rechts</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="297"/>
        <source>back and forward</source>
        <translation>zurück und vor</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="298"/>
        <source>Ctrl+Shift+Left, Ctrl+Shift+Right</source>
        <translation>Strg+Umschalt+Links, Strg+Umschalt+Rechts</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="298"/>
        <source>previous and next part</source>
        <translation>vorheriger und nächster Teil</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="299"/>
        <source>Ctrl+Shift+P</source>
        <translation>Strg+Umschalt+P</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="299"/>
        <source>every command, searchable</source>
        <translation>alle Befehle, durchsuchbar</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="300"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="300"/>
        <source>all keyboard shortcuts</source>
        <translation>alle Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="310"/>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="311"/>
        <source>1 post in the library</source>
        <translation>1 Beitrag in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="312"/>
        <source>%1 posts in the library</source>
        <translation>%1 Beiträge in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="314"/>
        <source>Search as you type, read offline, and keep your place in every post.</source>
        <translation>Suchen beim Tippen, offline lesen und in jedem Beitrag die Stelle behalten.</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="318"/>
        <source>Recently read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="320"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleView</name>
    <message>
        <location filename="../app/articleview.cpp" line="41"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../app/articleview.cpp" line="42"/>
        <source>The post being read</source>
        <translation>Der gelesene Beitrag</translation>
    </message>
    <message>
        <location filename="../app/articleview.cpp" line="183"/>
        <source>Open Link in New Tab</source>
        <translation>Link in neuem Tab öffnen</translation>
    </message>
    <message>
        <location filename="../app/articleview.cpp" line="185"/>
        <source>Copy Link Address</source>
        <translation>Linkadresse kopieren</translation>
    </message>
    <message>
        <location filename="../app/articleview.cpp" line="192"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <location filename="../app/articleview.cpp" line="194"/>
        <source>Highlight with &amp;Note…</source>
        <translation>Mit &amp;Notiz markieren …</translation>
    </message>
</context>
<context>
    <name>Lectern::BookmarkRepository</name>
    <message>
        <location filename="../lib/store/marks.cpp" line="218"/>
        <location filename="../lib/store/marks.cpp" line="276"/>
        <source>“%1” (post %2) is already bookmarked</source>
        <translation>„%1“ (Beitrag %2) hat bereits ein Lesezeichen</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="238"/>
        <location filename="../lib/store/marks.cpp" line="249"/>
        <location filename="../lib/store/marks.cpp" line="263"/>
        <source>no bookmark with id %1</source>
        <translation>kein Lesezeichen mit der ID %1</translation>
    </message>
</context>
<context>
    <name>Lectern::BookmarksPanel</name>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="68"/>
        <source>Label: %1</source>
        <translation>Beschriftung: %1</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="71"/>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="75"/>
        <source>Opens at: %1</source>
        <translation>Öffnet bei: %1</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="77"/>
        <source>%1% down the page</source>
        <translation>bei %1 % der Seite</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="82"/>
        <source>Added %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="158"/>
        <location filename="../app/bookmarkspanel.cpp" line="159"/>
        <source>Filter bookmarks</source>
        <translation>Lesezeichen filtern</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="164"/>
        <source>Sort bookmarks by</source>
        <translation>Lesezeichen sortieren nach</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="165"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="166"/>
        <source>By title</source>
        <translation>Nach Titel</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="167"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="175"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="189"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="206"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="208"/>
        <source>Edit &amp;Label...</source>
        <translation>&amp;Beschriftung bearbeiten …</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="210"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="212"/>
        <source>&amp;Undo Remove</source>
        <translation>Entfernen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="276"/>
        <source>Bookmark: %1</source>
        <translation>Lesezeichen: %1</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="296"/>
        <source>Bookmarked “%1” (F2 in the Bookmarks panel adds a label)</source>
        <translation>Lesezeichen für „%1“ gesetzt (F2 in der Lesezeichenleiste fügt eine Beschriftung hinzu)</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="307"/>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="307"/>
        <source>Label (optional):</source>
        <translation>Beschriftung (optional):</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="330"/>
        <source>Bookmarked “%1”</source>
        <translation>Lesezeichen für „%1“ gesetzt</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="341"/>
        <source>Bookmark Label</source>
        <translation>Beschriftung des Lesezeichens</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="341"/>
        <source>Label for “%1”:</source>
        <translation>Beschriftung für „%1“:</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="377"/>
        <source>Removed the bookmark on “%1” (Ctrl+Z in the Bookmarks panel undoes it)</source>
        <translation>Lesezeichen für „%1“ entfernt (Strg+Z in der Lesezeichenleiste macht es rückgängig)</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="396"/>
        <source>Restored the bookmark on “%1”</source>
        <translation>Lesezeichen für „%1“ wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="404"/>
        <source>Removed “%1”</source>
        <translation>„%1“ entfernt</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="45"/>
        <source>The library file (default: $LECTERN_DB, else library.sqlite in the app data folder).</source>
        <translation>Die Bibliotheksdatei (Standard: $LECTERN_DB, sonst library.sqlite im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="49"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="68"/>
        <location filename="../app/cli_library.cpp" line="51"/>
        <source>lectern: %1
</source>
        <translation>lectern: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="176"/>
        <source>Usage: lectern [--db FILE] [--open PERMALINK] [--search QUERY] [--fresh] [--screenshot FILE]   open the window
       lectern import FILE [--db FILE] [--skip-invalid]
       lectern search QUERY... [--db FILE] [--limit N] [--json]
       lectern search --stdin --json [--db FILE] [--limit N]
       lectern posts [--db FILE] [--json]
       lectern render PERMALINK [--db FILE] [--theme light|dark|sepia] [--code-theme NAME] [--search WORDS] [--font-size PX] [--out FILE]
       lectern sources add URL [--name N] [--auth basic|bearer] | list [--json] | refresh [NAME|--all]
       lectern bookmark add|remove|list ...   lectern note set PERMALINK --text T
       lectern highlight add PERMALINK --quote T [--note N]
       lectern notes list [--json]
       lectern structure [--json] [--category CAT]   index text on stdin -&gt; blocks
       lectern export-notes --out DIR [--post PERMALINK] | --single-file FILE
       lectern library check | restore [BACKUP] | new   a damaged library
       lectern COMMAND --help   the options of one command
       lectern --version
</source>
        <translation>Aufruf: lectern [--db FILE] [--open PERMALINK] [--search QUERY] [--fresh] [--screenshot FILE]   öffnet das Fenster
       lectern import FILE [--db FILE] [--skip-invalid]
       lectern search QUERY... [--db FILE] [--limit N] [--json]
       lectern search --stdin --json [--db FILE] [--limit N]
       lectern posts [--db FILE] [--json]
       lectern render PERMALINK [--db FILE] [--theme light|dark|sepia] [--code-theme NAME] [--search WORDS] [--font-size PX] [--out FILE]
       lectern sources add URL [--name N] [--auth basic|bearer] | list [--json] | refresh [NAME|--all]
       lectern bookmark add|remove|list ...   lectern note set PERMALINK --text T
       lectern highlight add PERMALINK --quote T [--note N]
       lectern notes list [--json]
       lectern structure [--json] [--category CAT]   Indextext auf stdin -&gt; Blöcke
       lectern export-notes --out DIR [--post PERMALINK] | --single-file FILE
       lectern library check | restore [BACKUP] | new   für eine beschädigte Bibliothek
       lectern COMMAND --help   die Optionen eines Befehls
       lectern --version
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="201"/>
        <source>lectern: unknown command &apos;%1&apos;
</source>
        <translation>lectern: unbekannter Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="211"/>
        <source>The library file (default: $LECTERN_DB, else the one chosen in the settings, else library.sqlite in the app data folder).</source>
        <translation>Die Bibliotheksdatei (Standard: $LECTERN_DB, sonst die in den Einstellungen gewählte, sonst library.sqlite im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="218"/>
        <source>Save a PNG of the screen once the window is up, then quit.</source>
        <translation>Ein PNG des Bildschirms speichern, sobald das Fenster steht, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="223"/>
        <source>Open this post (its permalink).</source>
        <translation>Diesen Beitrag öffnen (sein Permalink).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="227"/>
        <source>Type this into the search field.</source>
        <translation>Dies in das Suchfeld eintippen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="231"/>
        <source>Run this command (an action name such as actionCommandPalette) once the window is up.</source>
        <translation>Diesen Befehl ausführen (ein Aktionsname wie actionCommandPalette), sobald das Fenster steht.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="236"/>
        <source>Do not reopen the tabs and layout of the last run.</source>
        <translation>Tabs und Anordnung der letzten Sitzung nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="241"/>
        <source>A desktop knowledge base for technical blogs</source>
        <translation>Eine Wissensdatenbank für technische Blogs auf dem Desktop</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="245"/>
        <source>Import these files: an index.json or a Markdown folder. With Lectern already running on this library, it imports them and comes to the front.</source>
        <translation>Diese Dateien importieren: eine index.json oder einen Markdown-Ordner. Läuft Lectern mit dieser Bibliothek bereits, importiert es sie und kommt in den Vordergrund.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="367"/>
        <source>no action %1
</source>
        <translation>keine Aktion %1
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="389"/>
        <source>screenshot saved to %1
</source>
        <translation>Bildschirmfoto gespeichert unter %1
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="391"/>
        <source>cannot write %1
</source>
        <translation>%1 kann nicht geschrieben werden
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="25"/>
        <source>Import a Hugo/PaperMod search index (index.json), or a feed or index by its http(s) address.</source>
        <translation>Einen Hugo/PaperMod-Suchindex (index.json) importieren, oder einen Feed oder Index über seine http(s)-Adresse.</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="27"/>
        <source>The index file, or a URL.</source>
        <translation>Die Indexdatei oder eine URL.</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="29"/>
        <source>Skip individually bad items (and report them) instead of refusing the file.</source>
        <translation>Einzelne fehlerhafte Einträge überspringen (und melden), statt die Datei abzulehnen.</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="35"/>
        <source>usage: lectern import FILE [--db FILE] [--skip-invalid]
</source>
        <translation>Aufruf: lectern import FILE [--db FILE] [--skip-invalid]
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="54"/>
        <source>lectern import: %1
The library is unchanged.
</source>
        <translation>lectern import: %1
Die Bibliothek ist unverändert.
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="60"/>
        <source>lectern import: the search index could not be updated: %1
</source>
        <translation>lectern import: der Suchindex konnte nicht aktualisiert werden: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="62"/>
        <source>skipped %1
</source>
        <translation>übersprungen: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="64"/>
        <source>missing from the source (kept): %1
</source>
        <translation>fehlt in der Quelle (behalten): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="66"/>
        <source> (%1 series, %2 links) in %3 ms
</source>
        <translation> (%1 Serien, %2 Verweise) in %3 ms
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="145"/>
        <source>Add, remove or list bookmarks.</source>
        <translation>Lesezeichen hinzufügen, entfernen oder auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="146"/>
        <source>add, remove or list</source>
        <translation>add, remove oder list</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="147"/>
        <source>The post (for add and remove).</source>
        <translation>Der Beitrag (für add und remove).</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="149"/>
        <source>A label for the bookmark.</source>
        <translation>Eine Beschriftung für das Lesezeichen.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="152"/>
        <source>The heading to return to (its id in the article).</source>
        <translation>Die Überschrift, zu der zurückgekehrt wird (ihre ID im Artikel).</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="155"/>
        <source>The scroll position to return to, 0 to 1.</source>
        <translation>Die Scrollposition, zu der zurückgekehrt wird, 0 bis 1.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="165"/>
        <source>say add, remove or list (see --help)</source>
        <translation>add, remove oder list angeben (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="168"/>
        <location filename="../app/cli_notes.cpp" line="250"/>
        <location filename="../app/cli_notes.cpp" line="330"/>
        <source>%1 takes one permalink</source>
        <translation>%1 erwartet einen Permalink</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="169"/>
        <source>list takes no permalink</source>
        <translation>list erwartet keinen Permalink</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="203"/>
        <source>“%1” is not bookmarked</source>
        <translation>„%1“ hat kein Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="206"/>
        <source>Removed the bookmark on “%1”
</source>
        <translation>Lesezeichen für „%1“ entfernt
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="216"/>
        <source>--position wants a number from 0 to 1, not “%1”</source>
        <translation>--position erwartet eine Zahl von 0 bis 1, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="226"/>
        <source>Bookmarked “%1”
</source>
        <translation>Lesezeichen für „%1“ gesetzt
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="235"/>
        <source>Set, show or remove the Markdown note on a post.</source>
        <translation>Die Markdown-Notiz zu einem Beitrag setzen, anzeigen oder entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="236"/>
        <source>set, show or remove</source>
        <translation>set, show oder remove</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="237"/>
        <source>The post.</source>
        <translation>Der Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="239"/>
        <source>The note&apos;s Markdown (for set; - reads standard input).</source>
        <translation>Das Markdown der Notiz (für set; - liest die Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="248"/>
        <source>say set, show or remove (see --help)</source>
        <translation>set, show oder remove angeben (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="252"/>
        <source>set needs --text</source>
        <translation>set erwartet --text</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="266"/>
        <location filename="../app/cli_notes.cpp" line="273"/>
        <source>“%1” has no note</source>
        <translation>„%1“ hat keine Notiz</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="276"/>
        <source>Removed the note on “%1”
</source>
        <translation>Notiz zu „%1“ entfernt
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="283"/>
        <source>the note is empty (to delete it: lectern note remove %1)</source>
        <translation>die Notiz ist leer (zum Löschen: lectern note remove %1)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="287"/>
        <source>Saved the note on “%1”
</source>
        <translation>Notiz zu „%1“ gespeichert
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="297"/>
        <source>Highlight a passage of a post (found in its text), list or remove highlights.</source>
        <translation>Eine Stelle eines Beitrags markieren (im Text gesucht), Markierungen auflisten oder entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="298"/>
        <source>add, list or remove</source>
        <translation>add, list oder remove</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="300"/>
        <source>The post&apos;s permalink (add, list) or the highlight&apos;s id (remove).</source>
        <translation>Der Permalink des Beitrags (add, list) oder die ID der Markierung (remove).</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="303"/>
        <source>The passage, as it reads in the post (- reads standard input).</source>
        <translation>Die Stelle, wie sie im Beitrag steht (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="307"/>
        <source>Text just before the passage, when it occurs more than once.</source>
        <translation>Text direkt vor der Stelle, wenn sie mehrmals vorkommt.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="310"/>
        <source>Text just after the passage.</source>
        <translation>Text direkt nach der Stelle.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="312"/>
        <source>A Markdown note on the highlight.</source>
        <translation>Eine Markdown-Notiz zur Markierung.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="315"/>
        <source>yellow (default), green, blue, pink, ... or #rrggbb.</source>
        <translation>yellow (Standard), green, blue, pink, … oder #rrggbb.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="325"/>
        <source>say add, list or remove (see --help)</source>
        <translation>add, list oder remove angeben (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="329"/>
        <source>remove takes a highlight id</source>
        <translation>remove erwartet die ID einer Markierung</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="333"/>
        <source>add needs --quote</source>
        <translation>add erwartet --quote</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="344"/>
        <source>“%1” is not a highlight id</source>
        <translation>„%1“ ist keine Markierungs-ID</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="347"/>
        <source>Removed highlight %1
</source>
        <translation>Markierung %1 entfernt
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="370"/>
        <source>	(detached)</source>
        <translation>	(abgelöst)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="391"/>
        <source>Highlighted “%1” in “%2” (highlight %3, characters %4..%5)
</source>
        <translation>„%1“ in „%2“ markiert (Markierung %3, Zeichen %4..%5)
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="404"/>
        <source>List the notes on posts and highlights.</source>
        <translation>Die Notizen zu Beiträgen und Markierungen auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="405"/>
        <source>list (the default)</source>
        <translation>list (Standard)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="407"/>
        <source>Only this post&apos;s notes.</source>
        <translation>Nur die Notizen dieses Beitrags.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="415"/>
        <source>say list (see --help)</source>
        <translation>list angeben (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="478"/>
        <source>Export notes and highlights as Markdown: one file per post (--out) or one file (--single-file). Files you edited since the last export are never overwritten.</source>
        <translation>Notizen und Markierungen als Markdown exportieren: eine Datei pro Beitrag (--out) oder eine einzige Datei (--single-file). Seit dem letzten Export bearbeitete Dateien werden nie überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="480"/>
        <source>The folder to write into.</source>
        <translation>Der Ordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="483"/>
        <source>Write everything into this one file.</source>
        <translation>Alles in diese eine Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="487"/>
        <source>Only this post (repeat for more); default: every post with notes or highlights.</source>
        <translation>Nur dieser Beitrag (für mehrere wiederholen); Standard: jeder Beitrag mit Notizen oder Markierungen.</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="495"/>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="498"/>
        <source>give either --out DIR or --single-file FILE</source>
        <translation>entweder --out DIR oder --single-file FILE angeben</translation>
    </message>
    <message>
        <location filename="../app/cli_posts.cpp" line="19"/>
        <source>List the library&apos;s posts with category, series and position.</source>
        <translation>Die Beiträge der Bibliothek mit Kategorie, Serie und Position auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli_posts.cpp" line="22"/>
        <location filename="../app/cli_sources.cpp" line="275"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli_posts.cpp" line="55"/>
        <source>	[%1, part %2 of %3]</source>
        <translation>	[%1, Teil %2 von %3]</translation>
    </message>
    <message>
        <location filename="../app/cli_posts.cpp" line="60"/>
        <source>	(missing from source)</source>
        <translation>	(fehlt in der Quelle)</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="32"/>
        <source>Write a post&apos;s reader page (HTML with its stylesheet inlined) for inspection.</source>
        <translation>Die Leseseite eines Beitrags (HTML mit eingebettetem Stylesheet) zur Prüfung ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="37"/>
        <source>The post&apos;s permalink.</source>
        <translation>Der Permalink des Beitrags.</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="40"/>
        <source>Page theme: light, dark or sepia (default: light).</source>
        <translation>Seitenthema: light, dark oder sepia (Standard: light).</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="45"/>
        <source>KSyntaxHighlighting theme for code (default: the one matching the page theme).</source>
        <translation>KSyntaxHighlighting-Thema für Code (Standard: das zum Seitenthema passende).</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="51"/>
        <source>Mark these search words in the page.</source>
        <translation>Diese Suchwörter auf der Seite hervorheben.</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="55"/>
        <source>Body text size in pixels (10-40).</source>
        <translation>Schriftgröße des Fließtexts in Pixeln (10–40).</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="59"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="67"/>
        <source>lectern render: give exactly one permalink (see lectern render --help)
</source>
        <translation>lectern render: genau einen Permalink angeben (siehe lectern render --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="77"/>
        <source>lectern render: unknown theme &apos;%1&apos; (light, dark or sepia)
</source>
        <translation>lectern render: unbekanntes Thema &apos;%1&apos; (light, dark oder sepia)
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="86"/>
        <source>lectern render: unknown code theme &apos;%1&apos;; the themes are: %2
</source>
        <translation>lectern render: unbekanntes Code-Thema &apos;%1&apos;; die Themen sind: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="98"/>
        <source>lectern render: --font-size wants a number of pixels from 10 to 40
</source>
        <translation>lectern render: --font-size erwartet eine Pixelzahl von 10 bis 40
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="111"/>
        <source>lectern render: no library at %1 (import an index first)
</source>
        <translation>lectern render: keine Bibliothek unter %1 (zuerst einen Index importieren)
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="124"/>
        <source>lectern render: no post with the permalink %1 in %2
</source>
        <translation>lectern render: kein Beitrag mit dem Permalink %1 in %2
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="139"/>
        <source>lectern render: cannot write %1: %2
</source>
        <translation>lectern render: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="105"/>
        <source>Search the library: lectern search QUERY... [--db FILE] [--limit N] [--json]
or one query per input line: lectern search --stdin --json [--db FILE] [--limit N]
Query language: words, &quot;exact phrases&quot;, -exclusion, OR, cat:NAME, series:NAME, tag:NAME, is:bookmarked, is:unread, has:notes, in:title, in:code.</source>
        <translation>Die Bibliothek durchsuchen: lectern search QUERY... [--db FILE] [--limit N] [--json]
oder eine Suchanfrage pro Eingabezeile: lectern search --stdin --json [--db FILE] [--limit N]
Abfragesprache: Wörter, &quot;exakte Phrasen&quot;, -Ausschluss, OR, cat:NAME, series:NAME, tag:NAME, is:bookmarked, is:unread, has:notes, in:title, in:code.</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="109"/>
        <source>Print JSON (one object per query).</source>
        <translation>JSON ausgeben (ein Objekt pro Suchanfrage).</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="111"/>
        <source>Read one query per line from standard input.</source>
        <translation>Eine Suchanfrage pro Zeile von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="113"/>
        <source>Show at most N results (default 50).</source>
        <translation>Höchstens N Ergebnisse anzeigen (Standard 50).</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="123"/>
        <source>lectern search: --limit needs a positive number, not &quot;%1&quot;
</source>
        <translation>lectern search: --limit erwartet eine positive Zahl, nicht &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="130"/>
        <source>lectern search: give either a query or --stdin, not both
</source>
        <translation>lectern search: entweder eine Suchanfrage oder --stdin angeben, nicht beides
</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="134"/>
        <source>lectern search: what should I search for? Usage: lectern search QUERY... [--db FILE] [--limit N] [--json], or --stdin --json
</source>
        <translation>lectern search: wonach soll gesucht werden? Aufruf: lectern search QUERY... [--db FILE] [--limit N] [--json], oder --stdin --json
</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="146"/>
        <location filename="../app/cli_search.cpp" line="158"/>
        <source>lectern search: %1
</source>
        <translation>lectern search: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="257"/>
        <source>Manage the library&apos;s sources: Hugo indexes, RSS/Atom/JSON feeds and Markdown folders.</source>
        <translation>Die Quellen der Bibliothek verwalten: Hugo-Indizes, RSS/Atom/JSON-Feeds und Markdown-Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="260"/>
        <source>add, list, refresh, fetch-articles or remove</source>
        <translation>add, list, refresh, fetch-articles oder remove</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="261"/>
        <source>URL, folder or source name</source>
        <translation>URL, Ordner oder Name der Quelle</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="263"/>
        <source>The source&apos;s name.</source>
        <translation>Der Name der Quelle.</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="267"/>
        <source>HTTP authentication: basic (&quot;user:password&quot;) or bearer (a token), read from standard input.</source>
        <translation>HTTP-Authentifizierung: basic („Benutzer:Passwort“) oder bearer (ein Token), von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="271"/>
        <source>Refresh the source every MINUTES in the window.</source>
        <translation>Die Quelle im Fenster alle MINUTES Minuten aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="274"/>
        <source>Markdown folders: import drafts too.</source>
        <translation>Markdown-Ordner: auch Entwürfe importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="276"/>
        <source>Refresh every source.</source>
        <translation>Alle Quellen aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="278"/>
        <source>Give up on a download after SECONDS.</source>
        <translation>Einen Download nach SECONDS Sekunden aufgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="282"/>
        <source>Read the password or token from standard input for this run only (when the keychain is not available).</source>
        <translation>Das Passwort oder Token nur für diesen Lauf von der Standardeingabe lesen (wenn der Schlüsselbund nicht verfügbar ist).</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="285"/>
        <source>Pause between article pages (default 1000).</source>
        <translation>Pause zwischen Artikelseiten (Standard 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="287"/>
        <source>Fetch at most N articles.</source>
        <translation>Höchstens N Artikel abrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="300"/>
        <source>lectern sources: unknown action &apos;%1&apos;
</source>
        <translation>lectern sources: unbekannte Aktion &apos;%1&apos;
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="308"/>
        <source>lectern sources: --auth must be basic or bearer, not &apos;%1&apos;
</source>
        <translation>lectern sources: --auth muss basic oder bearer sein, nicht &apos;%1&apos;
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="320"/>
        <source>lectern sources refresh: name the sources to refresh, or --all
</source>
        <translation>lectern sources refresh: die zu aktualisierenden Quellen nennen, oder --all
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="335"/>
        <source>lectern sources add: %1 is neither an http(s) address nor a folder
</source>
        <translation>lectern sources add: %1 ist weder eine http(s)-Adresse noch ein Ordner
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="350"/>
        <source>no sources
</source>
        <translation>keine Quellen
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_sources.cpp" line="355"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="373"/>
        <source>lectern sources: no source named %1 (see lectern sources list)
</source>
        <translation>lectern sources: keine Quelle namens %1 (siehe lectern sources list)
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="385"/>
        <source>lectern sources remove: %1
</source>
        <translation>lectern sources remove: %1
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_sources.cpp" line="389"/>
        <source>removed %1 and its %n post(s)
</source>
        <translation>
            <numerusform>%1 und sein %n Beitrag entfernt
</numerusform>
            <numerusform>%1 und seine %n Beiträge entfernt
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="400"/>
        <source><byte value="xd"/>%1/%2</source>
        <translation><byte value="xd"/>%1/%2</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="408"/>
        <source>  %1
</source>
        <translation>  %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="409"/>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="59"/>
        <source>Recover the structure of a post from its search-index text: lectern structure [--json] [--category CAT] &lt; content.txt
Standard input holds the index&apos;s `content` as it is in index.json (entities encoded); a JSON string (as `jq .[0].content` prints it) works too. Prints the blocks as Markdown, or with --json as {&quot;blocks&quot;: [{&quot;type&quot;, &quot;text&quot;, &quot;items&quot;, &quot;language&quot;, ...}]}.</source>
        <translation>Die Struktur eines Beitrags aus seinem Suchindex-Text wiederherstellen: lectern structure [--json] [--category CAT] &lt; content.txt
Die Standardeingabe enthält den `content` des Index so, wie er in index.json steht (Entitäten kodiert); eine JSON-Zeichenkette (wie `jq .[0].content` sie ausgibt) geht auch. Gibt die Blöcke als Markdown aus, oder mit --json als {&quot;blocks&quot;: [{&quot;type&quot;, &quot;text&quot;, &quot;items&quot;, &quot;language&quot;, ...}]}.</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="65"/>
        <source>Print the blocks as JSON.</source>
        <translation>Die Blöcke als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="68"/>
        <source>The post&apos;s category (its permalink section, e.g. go): a hint for code languages.</source>
        <translation>Die Kategorie des Beitrags (der Abschnitt seines Permalinks, z. B. go): ein Hinweis für Code-Sprachen.</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="75"/>
        <source>lectern structure: unexpected argument &quot;%1&quot;; the text comes on standard input
</source>
        <translation>lectern structure: unerwartetes Argument &quot;%1&quot;; der Text kommt über die Standardeingabe
</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="84"/>
        <source>lectern structure: cannot read standard input: %1
</source>
        <translation>lectern structure: die Standardeingabe kann nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="91"/>
        <source>lectern structure: no text on standard input (give the post&apos;s index content, e.g. lectern structure &lt; content.txt)
</source>
        <translation>lectern structure: kein Text auf der Standardeingabe (den Indexinhalt des Beitrags angeben, z. B. lectern structure &lt; content.txt)
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="25"/>
        <source>To recover:
</source>
        <translation>Zur Wiederherstellung:
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="27"/>
        <source>  lectern library restore --db %1   puts back the backup %2
</source>
        <translation>  lectern library restore --db %1   stellt die Sicherung %2 wieder her
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="29"/>
        <source>  lectern library new --db %1       starts a new, empty library
</source>
        <translation>  lectern library new --db %1       legt eine neue, leere Bibliothek an
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="30"/>
        <source>Either way the damaged file is kept beside it (%1.damaged-&lt;time&gt;).
</source>
        <translation>In beiden Fällen bleibt die beschädigte Datei daneben erhalten (%1.damaged-&lt;time&gt;).
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="38"/>
        <source>Check a library, or recover from a damaged one: restore its backup or start anew. The damaged file is moved aside, never deleted.</source>
        <translation>Eine Bibliothek prüfen oder eine beschädigte wiederherstellen: ihre Sicherung zurückspielen oder neu beginnen. Die beschädigte Datei wird beiseitegelegt, nie gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="41"/>
        <source>check, restore [BACKUP] (default: the newest backup), new</source>
        <translation>check, restore [BACKUP] (Standard: die neueste Sicherung), new</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="54"/>
        <source>%1: ok (library format %2)
</source>
        <translation>%1: in Ordnung (Bibliotheksformat %2)
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="61"/>
        <source>lectern library restore: %1 has no backup (%1.vN.bak); `lectern library new` starts a new library
</source>
        <translation>lectern library restore: %1 hat keine Sicherung (%1.vN.bak); `lectern library new` legt eine neue Bibliothek an
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="69"/>
        <location filename="../app/cli_library.cpp" line="74"/>
        <source>lectern library restore: %1
</source>
        <translation>lectern library restore: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="77"/>
        <source>restored %1 from %2; the damaged file is now %3
</source>
        <translation>%1 aus %2 wiederhergestellt; die beschädigte Datei heißt jetzt %3
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="84"/>
        <location filename="../app/cli_library.cpp" line="89"/>
        <source>lectern library new: %1
</source>
        <translation>lectern library new: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="92"/>
        <source>started a new library %1; the old file is now %2
</source>
        <translation>neue Bibliothek %1 angelegt; die alte Datei heißt jetzt %2
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="95"/>
        <source>usage: lectern library check|restore [BACKUP]|new [--db FILE]
</source>
        <translation>Aufruf: lectern library check|restore [BACKUP]|new [--db FILE]
</translation>
    </message>
</context>
<context>
    <name>Lectern::CommandPalette</name>
    <message>
        <location filename="../app/commandpalette.cpp" line="39"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location filename="../app/commandpalette.cpp" line="46"/>
        <source>Type a command</source>
        <translation>Befehl eingeben</translation>
    </message>
    <message>
        <location filename="../app/commandpalette.cpp" line="47"/>
        <source>Command to run</source>
        <translation>Auszuführender Befehl</translation>
    </message>
    <message>
        <location filename="../app/commandpalette.cpp" line="50"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
</context>
<context>
    <name>Lectern::FeedImporter</name>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="158"/>
        <source>%1 lists no entries: nothing to import</source>
        <translation>%1 enthält keine Einträge: nichts zu importieren</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="180"/>
        <source>an entry (&quot;%1&quot;) has no permalink</source>
        <translation>ein Eintrag („%1“) hat keinen Permalink</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="185"/>
        <source>%1 is listed twice; the first one is kept</source>
        <translation>%1 ist doppelt aufgeführt; der erste Eintrag wird behalten</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="198"/>
        <source>cannot write to the library %1: %2</source>
        <translation>in die Bibliothek %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="203"/>
        <source>%1: the library refused the import (%2): %3</source>
        <translation>%1: die Bibliothek hat den Import abgelehnt (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="208"/>
        <source>%1: the source is no longer in the library</source>
        <translation>%1: die Quelle ist nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="218"/>
        <source>reading posts</source>
        <translation>Beiträge werden gelesen</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="295"/>
        <source>tags of %1</source>
        <translation>Schlagwörter von %1</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="308"/>
        <source>import of %1 cancelled; the library is unchanged</source>
        <translation>Import von %1 abgebrochen; die Bibliothek ist unverändert</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="344"/>
        <source>flagging missing posts</source>
        <translation>fehlende Beiträge werden markiert</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="364"/>
        <location filename="../lib/ingest/feedimporter.cpp" line="386"/>
        <source>ordering posts</source>
        <translation>Beiträge werden geordnet</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="397"/>
        <location filename="../lib/ingest/feedimporter.cpp" line="407"/>
        <location filename="../lib/ingest/feedimporter.cpp" line="415"/>
        <source>series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="417"/>
        <source>links</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="421"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="423"/>
        <source>commit</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Lectern::FeedParser</name>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="632"/>
        <source>Hugo search index</source>
        <translation>Hugo-Suchindex</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="634"/>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="636"/>
        <source>Atom</source>
        <translation>Atom</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="638"/>
        <source>JSON Feed</source>
        <translation>JSON Feed</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="640"/>
        <source>web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="644"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="657"/>
        <source>the server sent %1 content, not a feed, an index or a web page</source>
        <translation>der Server hat %1-Inhalt gesendet, keinen Feed, Index oder keine Webseite</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="661"/>
        <source>the document is binary data (%1), not a feed, an index or a web page</source>
        <translation>das Dokument besteht aus Binärdaten (%1), es ist kein Feed, Index oder Webseite</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="662"/>
        <location filename="../lib/ingest/feedparser.cpp" line="698"/>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="667"/>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="690"/>
        <source>the document is XML with a root element &lt;%1&gt;, not RSS, Atom or a web page</source>
        <translation>das Dokument ist XML mit dem Wurzelelement &lt;%1&gt;, kein RSS, Atom oder Webseite</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="696"/>
        <source>the document (%1) is not a feed, an index or a web page; it starts with &quot;%2&quot;</source>
        <translation>das Dokument (%1) ist kein Feed, Index oder Webseite; es beginnt mit &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="715"/>
        <source>%1 is a Hugo search index, not a feed</source>
        <translation>%1 ist ein Hugo-Suchindex, kein Feed</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="718"/>
        <source>%1 is a web page, not a feed</source>
        <translation>%1 ist eine Webseite, kein Feed</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="723"/>
        <source>%1 is not a feed</source>
        <translation>%1 ist kein Feed</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="733"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::Fetcher</name>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="90"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="93"/>
        <location filename="../lib/sources/fetcher.cpp" line="166"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="116"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="170"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 ist nicht innerhalb von %2 s fertig geworden</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="173"/>
        <source>%1 is larger than %2, the most Lectern downloads</source>
        <translation>%1 ist größer als %2, das Maximum, das Lectern herunterlädt</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="178"/>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 hat %2 s lang nichts gesendet</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="184"/>
        <source>%1 redirects (HTTP %2) without saying where</source>
        <translation>%1 leitet um (HTTP %2), ohne ein Ziel zu nennen</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="192"/>
        <source>redirect loop: %1</source>
        <translation>Umleitungsschleife: %1</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="196"/>
        <source>%1 redirects more than %2 times</source>
        <translation>%1 leitet mehr als %2-mal um</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="201"/>
        <source>%1 redirects from https to an unencrypted address (%2); Lectern does not follow that</source>
        <translation>%1 leitet von https auf eine unverschlüsselte Adresse um (%2); Lectern folgt dem nicht</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="217"/>
        <source>%1 refused the credentials (HTTP %2)</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="218"/>
        <source>%1 needs credentials (HTTP %2)</source>
        <translation>%1 verlangt Zugangsdaten (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="225"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 hat mit HTTP %2 %3 geantwortet</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="229"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message>
        <location filename="../app/findbar.cpp" line="17"/>
        <location filename="../app/findbar.cpp" line="25"/>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="22"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="24"/>
        <source>Text to find in the article</source>
        <translation>Im Artikel zu suchender Text</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="34"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="35"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="39"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="40"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="42"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="47"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="48"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="86"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="87"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Lectern::Fts5</name>
    <message>
        <location filename="../lib/search/fts5.cpp" line="128"/>
        <source>SQLite was built without FTS5</source>
        <translation>SQLite wurde ohne FTS5 gebaut</translation>
    </message>
    <message>
        <location filename="../lib/search/fts5.cpp" line="132"/>
        <source>cannot register lectern_rank</source>
        <translation>lectern_rank kann nicht registriert werden</translation>
    </message>
</context>
<context>
    <name>Lectern::HighlightAnchorer</name>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="57"/>
        <source>a highlight needs the text it marks (the quote is empty)</source>
        <translation>eine Markierung braucht den Text, den sie markiert (das Zitat ist leer)</translation>
    </message>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="62"/>
        <location filename="../lib/notes/highlightanchorer.cpp" line="105"/>
        <source>no post with id %1 in the library</source>
        <translation>kein Beitrag mit der ID %1 in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="68"/>
        <source>“%1” is not in the text of “%2”</source>
        <translation>„%1“ steht nicht im Text von „%2“</translation>
    </message>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="100"/>
        <source>cannot write to the library: %1</source>
        <translation>in die Bibliothek kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="159"/>
        <source>cannot save to the library: %1</source>
        <translation>in der Bibliothek kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::HighlightRepository</name>
    <message>
        <location filename="../lib/store/marks.cpp" line="329"/>
        <source>a highlight needs the text it marks (the quote is empty)</source>
        <translation>eine Markierung braucht den Text, den sie markiert (das Zitat ist leer)</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="334"/>
        <location filename="../lib/store/marks.cpp" line="375"/>
        <source>“%1” is not a highlight colour (use a name like yellow or #rrggbb)</source>
        <translation>„%1“ ist keine Markierungsfarbe (einen Namen wie yellow oder #rrggbb verwenden)</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="343"/>
        <source>no post with id %1 in the library</source>
        <translation>kein Beitrag mit der ID %1 in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="346"/>
        <source>highlight range %1..%2 is not inside post %3 (its text has %4 characters)</source>
        <translation>Markierungsbereich %1..%2 liegt nicht in Beitrag %3 (sein Text hat %4 Zeichen)</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="381"/>
        <location filename="../lib/store/marks.cpp" line="392"/>
        <source>no highlight with id %1</source>
        <translation>keine Markierung mit der ID %1</translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlSanitizer</name>
    <message>
        <location filename="../lib/render/htmlsanitizer.cpp" line="408"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../lib/render/htmlsanitizer.cpp" line="577"/>
        <source>(This HTML nests its elements more than %1 deep; it is not shown.)</source>
        <translation>(Dieses HTML verschachtelt seine Elemente mehr als %1 Ebenen tief; es wird nicht angezeigt.)</translation>
    </message>
</context>
<context>
    <name>Lectern::HugoImporter</name>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="307"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 missing</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 fehlend</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="314"/>
        <source>, %1 skipped</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="328"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="332"/>
        <source>%1 is a folder, not an index file</source>
        <translation>%1 ist ein Ordner, keine Indexdatei</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="336"/>
        <source>%1 is %2; the largest index Lectern imports is %3</source>
        <translation>%1 ist %2 groß; der größte Index, den Lectern importiert, ist %3</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="342"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="354"/>
        <source>%1 is empty (0 bytes of JSON)</source>
        <translation>%1 ist leer (0 Bytes JSON)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="363"/>
        <source>%1 is not valid JSON: %2 at %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei %3</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="368"/>
        <source>%1 is not a search index: expected a JSON array of posts, found an object</source>
        <translation>%1 ist kein Suchindex: ein JSON-Array von Beiträgen wurde erwartet, gefunden wurde ein Objekt</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="382"/>
        <source>item %1: permalink %2 is already used by item %3</source>
        <translation>Eintrag %1: der Permalink %2 wird bereits von Eintrag %3 verwendet</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="388"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="401"/>
        <source>%1 holds no posts (an empty array)</source>
        <translation>%1 enthält keine Beiträge (ein leeres Array)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="405"/>
        <source>%1: none of its %2 items could be used; the first: %3</source>
        <translation>%1: keiner der %2 Einträge ist verwendbar; der erste: %3</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="416"/>
        <source>cannot write to the library %1: %2</source>
        <translation>in die Bibliothek %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="428"/>
        <source>%1: the library refused the import (%2): %3</source>
        <translation>%1: die Bibliothek hat den Import abgelehnt (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="443"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="581"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="453"/>
        <source>reading posts</source>
        <translation>Beiträge werden gelesen</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="522"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="533"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="542"/>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="525"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="535"/>
        <source>search index of item %1</source>
        <translation>Suchindex von Eintrag %1</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="547"/>
        <source>tags of item %1</source>
        <translation>Schlagwörter von Eintrag %1</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="551"/>
        <source>import of %1 cancelled; the library is unchanged</source>
        <translation>Import von %1 abgebrochen; die Bibliothek ist unverändert</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="565"/>
        <source>flagging missing posts</source>
        <translation>fehlende Beiträge werden markiert</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="573"/>
        <source>series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="575"/>
        <source>links</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="578"/>
        <source>search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="583"/>
        <source>commit</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Lectern::Library</name>
    <message>
        <location filename="../lib/store/library.cpp" line="130"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="136"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="143"/>
        <source>%1 is not an SQLite database (or it is damaged)</source>
        <translation>%1 ist keine SQLite-Datenbank (oder sie ist beschädigt)</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="151"/>
        <source>%1 is an SQLite database, but not a Lectern library</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Lectern-Bibliothek</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="158"/>
        <source>%1 was written by a newer Lectern (library format %2; this Lectern reads up to %3). Update Lectern to open it.</source>
        <translation>%1 wurde von einem neueren Lectern geschrieben (Bibliotheksformat %2; dieses Lectern liest bis %3). Aktualisieren Sie Lectern, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="174"/>
        <source>%1 is damaged (SQLite&apos;s check says: %2)</source>
        <translation>%1 ist beschädigt (die Prüfung von SQLite meldet: %2)</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="175"/>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="184"/>
        <source>cannot configure %1 (it may be damaged): %2</source>
        <translation>%1 kann nicht eingerichtet werden (möglicherweise beschädigt): %2</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="195"/>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>von %1 kann vor dem Aktualisieren keine Sicherung angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="232"/>
        <location filename="../lib/store/library.cpp" line="238"/>
        <source>cannot move %1 aside to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="251"/>
        <source>%1: no such backup</source>
        <translation>%1: diese Sicherung gibt es nicht</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="257"/>
        <source>cannot copy the backup %1 to %2</source>
        <translation>die Sicherung %1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="273"/>
        <source>missing migration %1</source>
        <translation>Migration %1 fehlt</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="282"/>
        <source>upgrading %1 to library format %2 failed: %3</source>
        <translation>Aktualisieren von %1 auf Bibliotheksformat %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryTreeModel</name>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="150"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="176"/>
        <source>All posts (%1)</source>
        <translation>Alle Beiträge (%1)</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="178"/>
        <source>Bookmarks (%1)</source>
        <translation>Lesezeichen (%1)</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="185"/>
        <source>All posts</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="187"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="189"/>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="191"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="193"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="275"/>
        <location filename="../app/mainwindow.cpp" line="277"/>
        <location filename="../app/mainwindow.cpp" line="1127"/>
        <location filename="../app/mainwindow.cpp" line="1144"/>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="374"/>
        <source>Not in the library: %1</source>
        <translation>Nicht in der Bibliothek: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="438"/>
        <source>Search the library (Ctrl+K)</source>
        <translation>Bibliothek durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="439"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="441"/>
        <source>Type to search; Up and Down choose a result, Enter opens it, Ctrl+Enter opens it in a new tab, Esc clears</source>
        <translation>Tippen zum Suchen; Auf und Ab wählen ein Ergebnis, Eingabe öffnet es, Strg+Eingabe öffnet es in einem neuen Tab, Esc leert das Feld</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="451"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="459"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="487"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="492"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="521"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="527"/>
        <source>Open articles</source>
        <translation>Geöffnete Artikel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="565"/>
        <location filename="../app/mainwindow.cpp" line="575"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="582"/>
        <source>Series name</source>
        <translation>Name der Serie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="586"/>
        <source>Series parts</source>
        <translation>Teile der Serie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="599"/>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="612"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="626"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="639"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="678"/>
        <source>&amp;Import Index File…</source>
        <translation>Indexdatei &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="679"/>
        <source>Import a Hugo/PaperMod search index (index.json)</source>
        <translation>Einen Hugo/PaperMod-Suchindex (index.json) importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="681"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="682"/>
        <source>Print the article (light theme)</source>
        <translation>Den Artikel drucken (helles Thema)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="684"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="686"/>
        <source>Save the article as a PDF (light theme)</source>
        <translation>Den Artikel als PDF speichern (helles Thema)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="690"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="693"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="697"/>
        <source>&amp;Search Library</source>
        <translation>Bibliothek &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="699"/>
        <source>Put the cursor in the search field (also /)</source>
        <translation>Den Cursor in das Suchfeld setzen (auch /)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="701"/>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="706"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="711"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="713"/>
        <source>Copy &amp;Link to Post</source>
        <translation>&amp;Link zum Beitrag kopieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="715"/>
        <source>Copy the post&apos;s original web address</source>
        <translation>Die ursprüngliche Webadresse des Beitrags kopieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="718"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="720"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="722"/>
        <location filename="../app/mainwindow.cpp" line="1488"/>
        <source>&amp;Previous Part</source>
        <translation>&amp;Vorheriger Teil</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="724"/>
        <source>The previous part of the series, else the previous post of the category</source>
        <translation>Der vorherige Teil der Serie, sonst der vorherige Beitrag der Kategorie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="726"/>
        <location filename="../app/mainwindow.cpp" line="1489"/>
        <source>&amp;Next Part</source>
        <translation>&amp;Nächster Teil</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="728"/>
        <source>The next part of the series, else the next post of the category</source>
        <translation>Der nächste Teil der Serie, sonst der nächste Beitrag der Kategorie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="730"/>
        <source>&amp;Start Page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="734"/>
        <location filename="../app/mainwindow.cpp" line="1502"/>
        <source>&amp;Bookmark Post</source>
        <translation>&amp;Lesezeichen setzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="736"/>
        <source>Bookmark the post, or remove its bookmark</source>
        <translation>Lesezeichen für den Beitrag setzen oder entfernen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="739"/>
        <source>Bookmark with &amp;Label…</source>
        <translation>Lesezeichen mit &amp;Beschriftung …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="741"/>
        <source>Bookmark the post under a label of your own</source>
        <translation>Lesezeichen für den Beitrag unter einer eigenen Beschriftung setzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="749"/>
        <source>&amp;Highlight Selection</source>
        <translation>Auswahl &amp;markieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="751"/>
        <source>Highlight the text selected in the article</source>
        <translation>Den im Artikel ausgewählten Text markieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="754"/>
        <source>Highlight with &amp;Note…</source>
        <translation>Mit &amp;Notiz markieren …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="756"/>
        <source>Highlight the selected text and write a note on it</source>
        <translation>Den ausgewählten Text markieren und eine Notiz dazu schreiben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="759"/>
        <source>&amp;Export Notes…</source>
        <translation>Notizen e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="760"/>
        <source>Export notes and highlights as Markdown files</source>
        <translation>Notizen und Markierungen als Markdown-Dateien exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="768"/>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="772"/>
        <source>Open &amp;Original in Browser</source>
        <translation>&amp;Original im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="773"/>
        <source>Open the post&apos;s web page in the system browser</source>
        <translation>Die Webseite des Beitrags im Systembrowser öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="776"/>
        <source>&amp;New Tab</source>
        <translation>&amp;Neuer Tab</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="785"/>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="789"/>
        <source>Ne&amp;xt Tab</source>
        <translation>Nä&amp;chster Tab</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="796"/>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="802"/>
        <source>&amp;Reopen Closed Tab</source>
        <translation>Geschlossenen Tab &amp;wieder öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="808"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="810"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="812"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="819"/>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="820"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="821"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="822"/>
        <source>S&amp;epia</source>
        <translation>S&amp;epia</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="832"/>
        <source>&amp;Next Theme</source>
        <translation>&amp;Nächstes Thema</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="834"/>
        <source>Light, dark, sepia, then following the system again</source>
        <translation>Hell, dunkel, Sepia, dann wieder dem System folgen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="848"/>
        <source>%1 Panel</source>
        <translation>Leiste %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="854"/>
        <source>&amp;Add Source…</source>
        <translation>Quelle &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="855"/>
        <source>Follow a blog by its address, a feed, an index.json or a Markdown folder</source>
        <translation>Einem Blog folgen: über seine Adresse, einen Feed, eine index.json oder einen Markdown-Ordner</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="861"/>
        <source>&amp;Refresh All Sources</source>
        <translation>Alle Quellen &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="862"/>
        <source>Fetch every source now (in the background)</source>
        <translation>Alle Quellen jetzt abrufen (im Hintergrund)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="864"/>
        <source>Fetch &amp;Full Article</source>
        <translation>&amp;Vollständigen Artikel abrufen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="865"/>
        <source>Download the post&apos;s web page and keep its article as the post&apos;s body</source>
        <translation>Die Webseite des Beitrags herunterladen und ihren Artikel als Text des Beitrags übernehmen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="871"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="880"/>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="881"/>
        <source>Every command, searchable</source>
        <translation>Alle Befehle, durchsuchbar</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="888"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="890"/>
        <source>&amp;About Lectern</source>
        <translation>Über &amp;Lectern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="893"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="908"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="911"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="914"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="915"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="921"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="924"/>
        <source>&amp;Post</source>
        <translation>&amp;Beitrag</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="927"/>
        <source>&amp;Tabs</source>
        <translation>&amp;Tabs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="930"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="933"/>
        <location filename="../app/mainwindow.cpp" line="935"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="968"/>
        <source>Navigation &amp;Toolbar</source>
        <translation>Navigations&amp;leiste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="977"/>
        <source>Library size</source>
        <translation>Größe der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="980"/>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="982"/>
        <source>Background work</source>
        <translation>Hintergrundarbeit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="985"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="990"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="991"/>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1003"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1029"/>
        <source>Opened in your browser: %1</source>
        <translation>Im Browser geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1036"/>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1054"/>
        <source>Copied 1 line of code</source>
        <translation>1 Codezeile kopiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1055"/>
        <source>Copied %1 lines of code</source>
        <translation>%1 Codezeilen kopiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1063"/>
        <location filename="../app/mainwindow.cpp" line="1140"/>
        <source>New Tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1128"/>
        <location filename="../app/mainwindow.cpp" line="1144"/>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1228"/>
        <source>No posts match “%1”.</source>
        <translation>Keine Beiträge passen zu „%1“.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1231"/>
        <source>Showing results for “%1”.</source>
        <translation>Ergebnisse für „%1“.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1234"/>
        <location filename="../app/mainwindow.cpp" line="1516"/>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1234"/>
        <location filename="../app/mainwindow.cpp" line="1516"/>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1235"/>
        <source>Searched in %1 ms</source>
        <translation>Gesucht in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1462"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;part %2 of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Teil %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1470"/>
        <source>This post is not part of a series.</source>
        <translation>Dieser Beitrag gehört zu keiner Serie.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1471"/>
        <source>Open a post to see its series.</source>
        <translation>Öffnen Sie einen Beitrag, um seine Serie zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1488"/>
        <source>&amp;Previous in Category</source>
        <translation>&amp;Vorheriger in der Kategorie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1489"/>
        <source>&amp;Next in Category</source>
        <translation>&amp;Nächster in der Kategorie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1490"/>
        <source>Previous: %1</source>
        <translation>Vorheriger: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1491"/>
        <source>No previous post</source>
        <translation>Kein vorheriger Beitrag</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1492"/>
        <source>Next: %1</source>
        <translation>Nächster: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1492"/>
        <source>No next post</source>
        <translation>Kein nächster Beitrag</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1502"/>
        <source>Remove &amp;Bookmark</source>
        <translation>&amp;Lesezeichen entfernen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1517"/>
        <source>%1 series</source>
        <translation>Serien: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1518"/>
        <source>%1 read</source>
        <translation>gelesen: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1523"/>
        <location filename="../app/mainwindow.cpp" line="1964"/>
        <location filename="../app/mainwindow.cpp" line="2018"/>
        <source>sample library</source>
        <translation>Beispielbibliothek</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1527"/>
        <source>Last import: %1, %2</source>
        <translation>Letzter Import: %1, %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1530"/>
        <source>Nothing imported yet: File › Import</source>
        <translation>Noch nichts importiert: Datei › Importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1573"/>
        <source>This is the last one.</source>
        <translation>Dies ist der letzte.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1573"/>
        <source>This is the first one.</source>
        <translation>Dies ist der erste.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1597"/>
        <source>Reading state</source>
        <translation>Lesestand</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1655"/>
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1664"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1670"/>
        <source>Import a Search Index</source>
        <translation>Einen Suchindex importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1672"/>
        <source>Hugo search index (*.json);;All files (*)</source>
        <translation>Hugo-Suchindex (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1684"/>
        <source>Print Article</source>
        <translation>Artikel drucken</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1704"/>
        <source>Printing failed: the page did not load</source>
        <translation>Drucken fehlgeschlagen: die Seite wurde nicht geladen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1712"/>
        <source>Sent to the printer</source>
        <translation>An den Drucker gesendet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1712"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1729"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1732"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1748"/>
        <source>Saving the PDF failed: the page did not load</source>
        <translation>Speichern als PDF fehlgeschlagen: die Seite wurde nicht geladen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1759"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1760"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1796"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1813"/>
        <source>This post has no web address</source>
        <translation>Dieser Beitrag hat keine Webadresse</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1837"/>
        <source>No post at %1</source>
        <translation>Kein Beitrag unter %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1875"/>
        <location filename="../app/mainwindow.cpp" line="1901"/>
        <location filename="../app/mainwindow.cpp" line="1929"/>
        <location filename="../app/mainwindow.cpp" line="1934"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1876"/>
        <source>%1 is a feed (RSS, Atom or JSON Feed). Lectern follows feeds by their web address: add the feed&apos;s address as a source (lectern sources add URL) instead of a saved copy.</source>
        <translation>%1 ist ein Feed (RSS, Atom oder JSON Feed). Lectern folgt Feeds über ihre Webadresse: Fügen Sie statt einer gespeicherten Kopie die Adresse des Feeds als Quelle hinzu (lectern sources add URL).</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1902"/>
        <source>%1 cannot be imported as a Markdown folder: %2</source>
        <translation>%1 kann nicht als Markdown-Ordner importiert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1930"/>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1935"/>
        <source>An import is already running (%1). Wait for it to finish or cancel it first.</source>
        <translation>Es läuft bereits ein Import (%1). Warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1942"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1967"/>
        <source>Imported %1: %2.</source>
        <translation>%1 importiert: %2.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1980"/>
        <source>%1 series, %2 links between posts</source>
        <translation>%1 Serien, %2 Verweise zwischen Beiträgen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1982"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1984"/>
        <source>Posts no longer in the file were kept, marked missing: %1.</source>
        <translation>Beiträge, die nicht mehr in der Datei stehen, wurden behalten und als fehlend markiert: %1.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1987"/>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1988"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1995"/>
        <source>Import of %1 cancelled; the library is unchanged.</source>
        <translation>Import von %1 abgebrochen; die Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="2000"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="2001"/>
        <source>%1 could not be imported. The library is unchanged.</source>
        <translation>%1 konnte nicht importiert werden. Die Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="2191"/>
        <source>One file at a time: importing %1</source>
        <translation>Eine Datei nach der anderen: %1 wird importiert</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownFolder</name>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="387"/>
        <source>the front matter opened with &quot;%1&quot; on line 1 is never closed</source>
        <translation>das in Zeile 1 mit &quot;%1&quot; geöffnete Front Matter wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="425"/>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="429"/>
        <source>%1 is a file, not a folder of Markdown posts</source>
        <translation>%1 ist eine Datei, kein Ordner mit Markdown-Beiträgen</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="433"/>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="467"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="471"/>
        <source>%1: is %2, larger than the %3 a Markdown post may be</source>
        <translation>%1: ist %2 groß; ein Markdown-Beitrag darf höchstens %3 groß sein</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="478"/>
        <location filename="../lib/ingest/markdownfolder.cpp" line="485"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="561"/>
        <source>%1 have the same permalink %2; none of them is imported</source>
        <translation>%1 haben denselben Permalink %2; keine davon wird importiert</translation>
    </message>
</context>
<context>
    <name>Lectern::NoteRepository</name>
    <message>
        <location filename="../lib/store/marks.cpp" line="429"/>
        <location filename="../lib/store/marks.cpp" line="449"/>
        <source>a note needs some text (to delete a note, remove it)</source>
        <translation>eine Notiz braucht etwas Text (um eine Notiz zu löschen, entfernen Sie sie)</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="458"/>
        <source>no highlight with id %1</source>
        <translation>keine Markierung mit der ID %1</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="474"/>
        <source>no note with id %1</source>
        <translation>keine Notiz mit der ID %1</translation>
    </message>
</context>
<context>
    <name>Lectern::NotesController</name>
    <message>
        <location filename="../app/notescontroller.cpp" line="70"/>
        <source>Open a post and select the text to highlight.</source>
        <translation>Öffnen Sie einen Beitrag und wählen Sie den Text aus, den Sie markieren möchten.</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="78"/>
        <source>Select some text of the article to highlight it.</source>
        <translation>Wählen Sie Text im Artikel aus, um ihn zu markieren.</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="142"/>
        <source>no post is open</source>
        <translation>kein Beitrag ist geöffnet</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="143"/>
        <source>there are no search results</source>
        <translation>es gibt keine Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notescontroller.cpp" line="153"/>
        <source>none of the %n search results has notes or highlights</source>
        <translation>
            <numerusform>das einzige Suchergebnis hat keine Notizen oder Markierungen</numerusform>
            <numerusform>keines der %n Suchergebnisse hat Notizen oder Markierungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="158"/>
        <source>the library has no notes or highlights yet</source>
        <translation>die Bibliothek hat noch keine Notizen oder Markierungen</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="170"/>
        <source>Export Notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="173"/>
        <source>&amp;All notes and highlights</source>
        <translation>&amp;Alle Notizen und Markierungen</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="174"/>
        <source>The &amp;current post</source>
        <translation>Der a&amp;ktuelle Beitrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notescontroller.cpp" line="176"/>
        <source>The current &amp;search results (%n posts)</source>
        <translation>
            <numerusform>Die aktuellen &amp;Suchergebnisse (%n Beitrag)</numerusform>
            <numerusform>Die aktuellen &amp;Suchergebnisse (%n Beiträge)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="195"/>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="201"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="204"/>
        <source>Export Notes To</source>
        <translation>Notizen exportieren nach</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="211"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="215"/>
        <source>One Markdown file per post, for a notes app or any Markdown viewer. A file you edited since the last export is kept; Lectern&apos;s version is written beside it.</source>
        <translation>Eine Markdown-Datei pro Beitrag, für eine Notizen-App oder jeden Markdown-Betrachter. Eine seit dem letzten Export bearbeitete Datei bleibt erhalten; die Fassung von Lectern wird daneben geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="222"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="238"/>
        <source>no folder was given</source>
        <translation>es wurde kein Ordner angegeben</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="241"/>
        <source>Notes exported: %1</source>
        <translation>Notizen exportiert: %1</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="242"/>
        <source>Notes Exported</source>
        <translation>Notizen exportiert</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="243"/>
        <source>Exported to %1: %2</source>
        <translation>Nach %1 exportiert: %2</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="249"/>
        <source>Notes Not Exported</source>
        <translation>Notizen nicht exportiert</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="250"/>
        <source>The notes were not exported: %1</source>
        <translation>Die Notizen wurden nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::NotesExportSummary</name>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="453"/>
        <source>%1 written, %2 unchanged, %3 skipped</source>
        <translation>%1 geschrieben, %2 unverändert, %3 übersprungen</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="463"/>
        <source>written: %1</source>
        <translation>geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="465"/>
        <source>unchanged: %1</source>
        <translation>unverändert: %1</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="468"/>
        <source>skipped: %1 (%2)</source>
        <translation>übersprungen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="469"/>
        <source>skipped: %1 (%2: %3)</source>
        <translation>übersprungen: %1 (%2: %3)</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="473"/>
        <source>no notes or highlights: %1</source>
        <translation>keine Notizen oder Markierungen: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::NotesExporter</name>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="563"/>
        <source>no folder to export to</source>
        <translation>kein Ordner für den Export</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="588"/>
        <source>no file to export to</source>
        <translation>keine Datei für den Export</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="590"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="606"/>
        <source>Notes from Lectern</source>
        <translation>Notizen aus Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::NotesExporter::Result</name>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="344"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="357"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="371"/>
        <source>edited since the last export; Lectern has nothing new for it</source>
        <translation>seit dem letzten Export bearbeitet; Lectern hat nichts Neues dafür</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="375"/>
        <source>edited since the last export</source>
        <translation>seit dem letzten Export bearbeitet</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="384"/>
        <source>edited since the last export; Lectern&apos;s new version is beside it</source>
        <translation>seit dem letzten Export bearbeitet; die neue Fassung von Lectern liegt daneben</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="389"/>
        <source>edited since the last export, and %1 is taken or edited too; nothing written</source>
        <translation>seit dem letzten Export bearbeitet, und %1 ist ebenfalls belegt oder bearbeitet; nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="410"/>
        <source>the name is taken by a file that is not this export (and so is %1); nothing written</source>
        <translation>der Name gehört einer Datei, die nicht aus diesem Export stammt (%1 ebenso); nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="421"/>
        <source>not a Lectern notes export; nothing written (%1: %2)</source>
        <translation>kein Notizen-Export von Lectern; nichts geschrieben (%1: %2)</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="426"/>
        <source>not a Lectern notes export; Lectern&apos;s version is beside it</source>
        <translation>kein Notizen-Export von Lectern; die Fassung von Lectern liegt daneben</translation>
    </message>
</context>
<context>
    <name>Lectern::NotesPanel</name>
    <message>
        <location filename="../app/notespanel.cpp" line="99"/>
        <source>Post Note</source>
        <translation>Notiz zum Beitrag</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="101"/>
        <source>Edit the note on the whole post</source>
        <translation>Die Notiz zum ganzen Beitrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="108"/>
        <source>Note editor and preview</source>
        <translation>Notizeditor und Vorschau</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="112"/>
        <source>Note (Markdown)</source>
        <translation>Notiz (Markdown)</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="117"/>
        <source>Note preview</source>
        <translation>Vorschau der Notiz</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="119"/>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="120"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="135"/>
        <source>&amp;Highlights in this post:</source>
        <translation>&amp;Markierungen in diesem Beitrag:</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="138"/>
        <source>Highlights in this post</source>
        <translation>Markierungen in diesem Beitrag</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="143"/>
        <source>None yet: select text in the article and highlight it.</source>
        <translation>Noch keine: Text im Artikel auswählen und markieren.</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="156"/>
        <location filename="../app/notespanel.cpp" line="157"/>
        <source>Filter all notes</source>
        <translation>Alle Notizen filtern</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="162"/>
        <source>All notes, by post</source>
        <translation>Alle Notizen, nach Beitrag</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="189"/>
        <source>Editing...</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="189"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="207"/>
        <source>Edit &amp;Note</source>
        <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="210"/>
        <source>&amp;Show in Article</source>
        <translation>Im Artikel &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="215"/>
        <source>&amp;Remove Highlight</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="219"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="247"/>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="255"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="256"/>
        <source>The note was not saved: %1</source>
        <translation>Die Notiz wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="304"/>
        <source>Open a post to write a note on it.</source>
        <translation>Öffnen Sie einen Beitrag, um eine Notiz dazu zu schreiben.</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="306"/>
        <source>A note on this highlight, in Markdown. It is saved as you type.</source>
        <translation>Eine Notiz zu dieser Markierung, in Markdown. Sie wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="308"/>
        <source>A note on this post, in Markdown. It is saved as you type.</source>
        <translation>Eine Notiz zu diesem Beitrag, in Markdown. Sie wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="320"/>
        <source>No post open</source>
        <translation>Kein Beitrag geöffnet</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="324"/>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="329"/>
        <source>Note on the highlight “%1”</source>
        <translation>Notiz zur Markierung „%1“</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="368"/>
        <source>no post is open</source>
        <translation>kein Beitrag ist geöffnet</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="374"/>
        <source>Not highlighted: %1</source>
        <translation>Nicht markiert: %1</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="381"/>
        <source>Highlighted “%1”</source>
        <translation>„%1“ markiert</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="469"/>
        <source>Detached: %1</source>
        <translation>Abgelöst: %1</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="470"/>
        <source>No longer found in the post&apos;s text; kept as it was.

%1</source>
        <translation>Nicht mehr im Text des Beitrags gefunden; so behalten, wie es war.

%1</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="568"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Lectern::PageBridge</name>
    <message>
        <location filename="../app/pagebridge.cpp" line="16"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../app/pagebridge.cpp" line="21"/>
        <source>Highlight</source>
        <translation>Markieren</translation>
    </message>
</context>
<context>
    <name>Lectern::PlainStripper</name>
    <message>
        <location filename="../lib/ingest/plainstripper.cpp" line="222"/>
        <source>the front matter has no closing &apos;---&apos; line</source>
        <translation>dem Front Matter fehlt die schließende &apos;---&apos;-Zeile</translation>
    </message>
    <message>
        <location filename="../lib/ingest/plainstripper.cpp" line="236"/>
        <source>cmark-gfm could not parse the document</source>
        <translation>cmark-gfm konnte das Dokument nicht verarbeiten</translation>
    </message>
</context>
<context>
    <name>Lectern::PostListModel</name>
    <message>
        <location filename="../lib/models/postlistmodel.cpp" line="259"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>Lectern::ReadingStateRepository</name>
    <message>
        <location filename="../lib/store/marks.cpp" line="554"/>
        <source>reading position %1 is outside 0..1</source>
        <translation>Leseposition %1 liegt außerhalb von 0..1</translation>
    </message>
</context>
<context>
    <name>Lectern::ReanchorSummary</name>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="38"/>
        <source>%1 checked: %2 in place, %3 moved, %4 changed slightly, %5 detached (%6 placed again)</source>
        <translation>%1 geprüft: %2 an ihrem Platz, %3 verschoben, %4 leicht geändert, %5 abgelöst (%6 neu platziert)</translation>
    </message>
</context>
<context>
    <name>Lectern::RefreshResult</name>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="72"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/sources/sourcerefresher.cpp" line="74"/>
        <source> (%n problem(s))</source>
        <translation>
            <numerusform> (%n Problem)</numerusform>
            <numerusform> (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="79"/>
        <source>%1: unchanged (not modified since the last refresh)</source>
        <translation>%1: unverändert (seit der letzten Aktualisierung nicht geändert)</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="80"/>
        <source>%1: unchanged</source>
        <translation>%1: unverändert</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="82"/>
        <source>%1: needs credentials: %2</source>
        <translation>%1: braucht Zugangsdaten: %2</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="84"/>
        <source>%1: cancelled; nothing was changed</source>
        <translation>%1: abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="89"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::SearchEngine</name>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="1409"/>
        <source>The search index cannot be read: %1</source>
        <translation>Der Suchindex kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="1569"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SearchEngine::Private</name>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="134"/>
        <source>the search needs an open SQLite library</source>
        <translation>die Suche braucht eine geöffnete SQLite-Bibliothek</translation>
    </message>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="582"/>
        <source>No category &quot;%1&quot;: this library has no categories.</source>
        <translation>Keine Kategorie &quot;%1&quot;: diese Bibliothek hat keine Kategorien.</translation>
    </message>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="583"/>
        <source>No category &quot;%1&quot;. Categories: %2.</source>
        <translation>Keine Kategorie &quot;%1&quot;. Kategorien: %2.</translation>
    </message>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="1359"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SecretStore</name>
    <message>
        <location filename="../lib/core/secretstore.cpp" line="25"/>
        <source>keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SettingsDialog</name>
    <message>
        <location filename="../app/settingsdialog.cpp" line="31"/>
        <location filename="../app/settingsdialog.cpp" line="32"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="35"/>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="38"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="39"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="40"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="41"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="42"/>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="44"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="47"/>
        <source>Code theme</source>
        <translation>Code-Thema</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="48"/>
        <source>Matching the theme</source>
        <translation>Passend zum Thema</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="52"/>
        <source>&amp;Code theme:</source>
        <translation>&amp;Code-Thema:</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="57"/>
        <source>&amp;Serif</source>
        <translation>&amp;Serifenschrift</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="58"/>
        <source>Sans-seri&amp;f</source>
        <translation>Seri&amp;fenlos</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="59"/>
        <source>&amp;Other:</source>
        <translation>&amp;Andere:</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="61"/>
        <source>Font family</source>
        <translation>Schriftfamilie</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="86"/>
        <source>Font:</source>
        <translation>Schrift:</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="89"/>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="91"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="93"/>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="96"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="98"/>
        <source>Load &amp;remote images in posts</source>
        <translation>Bilder aus dem &amp;Netz in Beiträgen laden</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="99"/>
        <source>Off: reading never makes a network request.</source>
        <translation>Aus: Beim Lesen wird nie eine Netzwerkanfrage gestellt.</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="104"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="108"/>
        <source>Library file</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="110"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="113"/>
        <source>Library &amp;file:</source>
        <translation>Bibliotheks&amp;datei:</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="117"/>
        <source>In use now: %1
A new location takes effect at the next start (--db and LECTERN_DB take precedence).</source>
        <translation>Derzeit verwendet: %1
Ein neuer Ort gilt ab dem nächsten Start (--db und LECTERN_DB haben Vorrang).</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="127"/>
        <location filename="../app/settingsdialog.cpp" line="130"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="131"/>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="143"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="144"/>
        <source>Takes effect when Lectern is started again.</source>
        <translation>Wird beim nächsten Start von Lectern wirksam.</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="159"/>
        <source>Library File</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="159"/>
        <source>Lectern library (*.sqlite);;All files (*)</source>
        <translation>Lectern-Bibliothek (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Lectern::ShortcutsDialog</name>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="36"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="37"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="41"/>
        <location filename="../app/shortcutsdialog.cpp" line="42"/>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="45"/>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="47"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="47"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="74"/>
        <source>Search field</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="76"/>
        <source>Move through the results</source>
        <translation>Durch die Ergebnisse bewegen</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="76"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Auf, Ab, Bild auf, Bild ab</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="77"/>
        <source>Open the selected result</source>
        <translation>Das gewählte Ergebnis öffnen</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="77"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="78"/>
        <source>Open it in a new tab</source>
        <translation>In einem neuen Tab öffnen</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="78"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="79"/>
        <source>Clear the search, then return to the article</source>
        <translation>Die Suche leeren, dann zum Artikel zurückkehren</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="79"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="80"/>
        <source>Focus the search field from anywhere but a text field</source>
        <translation>Das Suchfeld von überall außer einem Textfeld aus fokussieren</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="80"/>
        <source>/</source>
        <translation>/</translation>
    </message>
</context>
<context>
    <name>Lectern::SingleInstance</name>
    <message>
        <location filename="../app/singleinstance.cpp" line="76"/>
        <source>Another Lectern is already running with this library.</source>
        <translation>Ein anderes Lectern läuft bereits mit dieser Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/singleinstance.cpp" line="85"/>
        <source>Cannot listen for other launches on %1: %2</source>
        <translation>Auf %1 kann nicht auf weitere Starts gewartet werden: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::SourceAddDialog</name>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="24"/>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="27"/>
        <source>https://blog.example/ or a feed, index.json, folder</source>
        <translation>https://blog.example/, Feed, index.json, Ordner</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="29"/>
        <source>Folder…</source>
        <translation>Ordner …</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="31"/>
        <source>A local Markdown folder (a Hugo or Jekyll content/ tree)</source>
        <translation>Ein lokaler Markdown-Ordner (ein content/-Verzeichnis von Hugo oder Jekyll)</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="39"/>
        <source>optional: the blog&apos;s own title</source>
        <translation>optional: der eigene Titel des Blogs</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="45"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="46"/>
        <source>Only by hand</source>
        <translation>Nur von Hand</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="49"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="50"/>
        <source>HTTP Basic (user and password)</source>
        <translation>HTTP Basic (Benutzer und Passwort)</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="51"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="57"/>
        <source>Kept in the system keychain, never in the library or settings</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Bibliothek oder den Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="58"/>
        <source>Include drafts</source>
        <translation>Entwürfe einbeziehen</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="66"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="70"/>
        <source>&amp;Refresh every:</source>
        <translation>Aktualisierung a&amp;lle:</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="71"/>
        <source>&amp;Sign-in:</source>
        <translation>An&amp;meldung:</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="72"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="75"/>
        <location filename="../app/sourceadddialog.cpp" line="210"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="81"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="86"/>
        <source>Lectern finds the feed itself: a blog&apos;s page that advertises one, an RSS, Atom or JSON feed, or a Hugo index.json.</source>
        <translation>Lectern findet den Feed selbst: die Seite eines Blogs, die einen anbietet, einen RSS-, Atom- oder JSON-Feed oder eine index.json von Hugo.</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="157"/>
        <source>Edit Source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="169"/>
        <source>unchanged (stored in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="171"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="193"/>
        <source>Markdown Folder</source>
        <translation>Markdown-Ordner</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="210"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
</context>
<context>
    <name>Lectern::SourceManager</name>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="57"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="64"/>
        <source>%1 is already a source (&quot;%2&quot;)</source>
        <translation>%1 ist bereits eine Quelle („%2“)</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="70"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>eine Quelle namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="89"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="89"/>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="112"/>
        <location filename="../lib/sources/sourcemanager.cpp" line="150"/>
        <source>there is no such source</source>
        <translation>diese Quelle gibt es nicht</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="116"/>
        <source>&quot;%1&quot; is being refreshed; cancel that first</source>
        <translation>„%1“ wird gerade aktualisiert; brechen Sie das zuerst ab</translation>
    </message>
</context>
<context>
    <name>Lectern::SourceRefresher</name>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="146"/>
        <source>%1 is a web page that advertises no feed (no &lt;link rel=&quot;alternate&quot;&gt; to RSS, Atom or JSON Feed)</source>
        <translation>%1 ist eine Webseite, die keinen Feed anbietet (kein &lt;link rel=&quot;alternate&quot;&gt; auf RSS, Atom oder JSON Feed)</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="161"/>
        <source>the page advertises %1, but: %2</source>
        <translation>die Seite bietet %1 an, aber: %2</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="167"/>
        <source>the page advertises %1, but that is not a feed: %2</source>
        <translation>die Seite bietet %1 an, aber das ist kein Feed: %2</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="168"/>
        <source>it is a web page</source>
        <translation>es ist eine Webseite</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="173"/>
        <location filename="../lib/sources/sourcerefresher.cpp" line="343"/>
        <location filename="../lib/sources/sourcerefresher.cpp" line="516"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="208"/>
        <source>the source&apos;s status could not be saved: %1</source>
        <translation>der Status der Quelle konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="226"/>
        <source>a %1 source cannot be refreshed</source>
        <translation>eine Quelle vom Typ %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="260"/>
        <source>no user name and password for this source (Basic authentication); enter them to refresh it</source>
        <translation>kein Benutzername und Passwort für diese Quelle (Basic-Authentifizierung); geben Sie sie ein, um die Quelle zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="262"/>
        <source>no token for this source (Bearer authentication); enter it to refresh it</source>
        <translation>kein Token für diese Quelle (Bearer-Authentifizierung); geben Sie es ein, um die Quelle zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="346"/>
        <source>%1 now answers with a web page, not a %2</source>
        <translation>%1 antwortet jetzt mit einer Webseite, nicht mit einem %2</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="350"/>
        <source>%1 now serves a %2, not a %3</source>
        <translation>%1 liefert jetzt einen %2, keinen %3</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="539"/>
        <source>%1: the site answered HTTP %2; stopping until the next run</source>
        <translation>%1: die Website hat mit HTTP %2 geantwortet; Pause bis zum nächsten Lauf</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="572"/>
        <source>the permalink serves a %1, not a web page</source>
        <translation>der Permalink liefert %1, keine Webseite</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="581"/>
        <source>the article on the page is empty after cleaning</source>
        <translation>der Artikel auf der Seite ist nach der Bereinigung leer</translation>
    </message>
</context>
<context>
    <name>Lectern::SourceRegistry</name>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="103"/>
        <source>Hugo index</source>
        <translation>Hugo-Index</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="105"/>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="107"/>
        <source>Atom</source>
        <translation>Atom</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="109"/>
        <source>JSON Feed</source>
        <translation>JSON Feed</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="111"/>
        <source>Markdown folder</source>
        <translation>Markdown-Ordner</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="115"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="171"/>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="173"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="175"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="177"/>
        <source>Needs credentials</source>
        <translation>Braucht Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="179"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="183"/>
        <source>Never refreshed</source>
        <translation>Nie aktualisiert</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="263"/>
        <location filename="../lib/sources/sourceregistry.cpp" line="303"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>eine Quelle namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="267"/>
        <source>%1 is already a source (&quot;%2&quot;)</source>
        <translation>%1 ist bereits eine Quelle („%2“)</translation>
    </message>
</context>
<context>
    <name>Lectern::SourceSecrets</name>
    <message>
        <location filename="../lib/sources/sourcesecrets.cpp" line="46"/>
        <source>The keychain is not available (%1). The password or token is used for this session only: it is not saved anywhere, and Lectern will ask for it again next time.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1). Das Passwort oder Token wird nur für diese Sitzung verwendet: Es wird nirgends gespeichert, und Lectern fragt beim nächsten Mal erneut danach.</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcesecrets.cpp" line="62"/>
        <source>it refused the entry</source>
        <translation>er hat den Eintrag abgelehnt</translation>
    </message>
</context>
<context>
    <name>Lectern::SourcesModel</name>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="176"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="179"/>
        <source>Refreshing… %1%</source>
        <translation>Wird aktualisiert … %1 %</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="194"/>
        <source>%1 posts, %2 gone from the source (kept)</source>
        <translation>%1 Beiträge, %2 nicht mehr in der Quelle (behalten)</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="197"/>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="76"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 gone</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert, %4 entfallen</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="82"/>
        <source>Not modified since the last refresh</source>
        <translation>Seit der letzten Aktualisierung nicht geändert</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="90"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="92"/>
        <source>Basic, password in the keychain</source>
        <translation>Basic, Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="93"/>
        <source>Basic, no password stored</source>
        <translation>Basic, kein Passwort gespeichert</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="95"/>
        <source>Bearer, token in the keychain</source>
        <translation>Bearer, Token im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="95"/>
        <source>Bearer, no token stored</source>
        <translation>Bearer, kein Token gespeichert</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="228"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="230"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="232"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="234"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="236"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="238"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="240"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="242"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Lectern::SourcesPanel</name>
    <message>
        <location filename="../app/sourcespanel.cpp" line="64"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="72"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="73"/>
        <source>Add a blog by its address, a feed, an index.json or a Markdown folder</source>
        <translation>Ein Blog über seine Adresse, einen Feed, eine index.json oder einen Markdown-Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="74"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="75"/>
        <source>Rename the source, change its refresh interval or how it signs in</source>
        <translation>Die Quelle umbenennen, ihr Aktualisierungsintervall oder ihre Anmeldung ändern</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="76"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="77"/>
        <source>Remove the source and its posts from the library</source>
        <translation>Die Quelle und ihre Beiträge aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="78"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="79"/>
        <source>Fetch the selected source now</source>
        <translation>Die gewählte Quelle jetzt abrufen</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="80"/>
        <source>Refresh A&amp;ll</source>
        <translation>A&amp;lle aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="81"/>
        <source>Fetch every source now</source>
        <translation>Alle Quellen jetzt abrufen</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="82"/>
        <source>Fetch All Ar&amp;ticles</source>
        <translation>Alle Arti&amp;kel abrufen</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="83"/>
        <source>Download the full article page of every post that has only index text or a summary (one page a second)</source>
        <translation>Die vollständige Artikelseite jedes Beitrags herunterladen, der nur Indextext oder eine Zusammenfassung hat (eine Seite pro Sekunde)</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="107"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="108"/>
        <source>Stop: the source keeps what it had</source>
        <translation>Anhalten: Die Quelle behält, was sie hatte</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="135"/>
        <source>Refreshing %1…</source>
        <translation>%1 wird aktualisiert …</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="135"/>
        <location filename="../app/sourcespanel.cpp" line="252"/>
        <source>Looking at %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="148"/>
        <source>Added. %1</source>
        <translation>Hinzugefügt. %1</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="154"/>
        <source>Sources refresh by their interval while Lectern runs.</source>
        <translation>Quellen werden in ihrem Intervall aktualisiert, solange Lectern läuft.</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="155"/>
        <source>No sources yet: add a blog with Add…</source>
        <translation>Noch keine Quellen: Fügen Sie mit „Hinzufügen …“ ein Blog hinzu</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="232"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="258"/>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="265"/>
        <source>%1 needs credentials: choose how to sign in.</source>
        <translation>%1 braucht Zugangsdaten: Wählen Sie die Art der Anmeldung.</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="275"/>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sourcespanel.cpp" line="276"/>
        <source>Remove &quot;%1&quot; and its %n post(s) from the library? Their bookmarks, highlights and notes go with them.</source>
        <translation>
            <numerusform>Die Quelle „%1“ und ihren %n Beitrag aus der Bibliothek entfernen? Seine Lesezeichen, Markierungen und Notizen werden mit entfernt.</numerusform>
            <numerusform>Die Quelle „%1“ und ihre %n Beiträge aus der Bibliothek entfernen? Deren Lesezeichen, Markierungen und Notizen werden mit entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="287"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="316"/>
        <source>This post has no web page of its own to fetch.</source>
        <translation>Dieser Beitrag hat keine eigene Webseite zum Abrufen.</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="319"/>
        <source>Fetching the article…</source>
        <translation>Der Artikel wird abgerufen …</translation>
    </message>
</context>
<context>
    <name>Lectern::Structure</name>
    <message>
        <location filename="../lib/ingest/structure.cpp" line="1125"/>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../lib/ingest/structure.cpp" line="1129"/>
        <source>no &quot;blocks&quot; array in the structure JSON</source>
        <translation>kein &quot;blocks&quot;-Array im Struktur-JSON</translation>
    </message>
    <message>
        <location filename="../lib/ingest/structure.cpp" line="1148"/>
        <source>block %1 has an unknown type &apos;%2&apos;</source>
        <translation>Block %1 hat einen unbekannten Typ &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Lectern::StructureCache</name>
    <message>
        <location filename="../lib/ingest/structurecache.cpp" line="23"/>
        <source>no post with id %1</source>
        <translation>kein Beitrag mit der ID %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Version</name>
    <message>
        <location filename="../lib/core/version.cpp" line="34"/>
        <source>Lectern %1
Qt %2
KF6 SyntaxHighlighting %3 (%4 syntax definitions, %5 themes)
QtKeychain %6
SQLite %7
</source>
        <translation>Lectern %1
Qt %2
KF6 SyntaxHighlighting %3 (%4 Syntaxdefinitionen, %5 Themen)
QtKeychain %6
SQLite %7
</translation>
    </message>
</context>
<context>
    <name>Lectern::XmlFeedReader</name>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="416"/>
        <source>entry %1 (&quot;%2&quot;) has no link</source>
        <translation>Eintrag %1 („%2“) hat keinen Link</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="417"/>
        <source>entry %1 (&quot;%2&quot;) has no usable link: %3</source>
        <translation>Eintrag %1 („%2“) hat keinen brauchbaren Link: %3</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="29"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="30"/>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="31"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="32"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="33"/>
        <source>Close without Saving</source>
        <translation>Schließen ohne zu Speichern</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="35"/>
        <source>Show Details...</source>
        <translation>Details einblenden...</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="36"/>
        <source>Hide Details...</source>
        <translation>Details ausblenden...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="10"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="11"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="12"/>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="13"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="14"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="15"/>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="16"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="17"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="18"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="19"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="20"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="21"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="23"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="24"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="25"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="26"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="27"/>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
</TS>
