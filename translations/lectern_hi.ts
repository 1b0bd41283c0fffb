<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>Lectern</name>
    <message>
        <location filename="../app/cli.cpp" line="282"/>
        <source>Handed over to the running Lectern.
</source>
        <translation>चल रहे Lectern को सौंप दिया गया।
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
        <translation>लाइब्रेरी %1 क्षतिग्रस्त है और खोली नहीं जा सकती।</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="302"/>
        <source>%1

Lectern can put back the backup it made before its last upgrade, or start a new, empty library. Either way the damaged file is kept beside it.</source>
        <translation>%1

Lectern पिछले अपग्रेड से पहले बनाया गया बैकअप वापस ला सकता है, या एक नई, खाली लाइब्रेरी शुरू कर सकता है। दोनों ही स्थितियों में क्षतिग्रस्त फ़ाइल उसी के पास सुरक्षित रखी जाती है।</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="308"/>
        <source>Restore the Backup</source>
        <translation>बैकअप पुनर्स्थापित करें</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="309"/>
        <source>Start a New Library</source>
        <translation>नई लाइब्रेरी शुरू करें</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="327"/>
        <source>lectern: %1 was moved aside to %2
</source>
        <translation>lectern: %1 को अलग रखकर %2 नाम दिया गया
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="333"/>
        <source>The library could not be opened.

%1</source>
        <translation>लाइब्रेरी खोली नहीं जा सकी।

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
        <translation>कोई परमालिंक नहीं दिया गया</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="78"/>
        <source>no post with permalink %1 in the library</source>
        <translation>लाइब्रेरी में परमालिंक %1 वाली कोई पोस्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="83"/>
        <source>%1 matches %2 posts; give the whole permalink: %3</source>
        <translation>%1 से %2 पोस्ट मेल खाती हैं; पूरा परमालिंक दें: %3</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="135"/>
        <source>Print JSON.</source>
        <translation>JSON प्रिंट करें।</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="63"/>
        <source>Showing results for %1</source>
        <translation>%1 के परिणाम दिखाए जा रहे हैं</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="65"/>
        <source>No posts found.</source>
        <translation>कोई पोस्ट नहीं मिली।</translation>
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
        <translation>उपयोग: lectern sources add URL|FOLDER [--name NAME] [--auth basic|bearer] [--every MINUTES] [--drafts]
       lectern sources list [--json]
       lectern sources refresh NAME...|--all [--timeout SECONDS] [--secret-stdin]
       lectern sources fetch-articles NAME [--delay MS] [--limit N]
       lectern sources remove NAME
(सभी --db FILE स्वीकार करते हैं)
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="97"/>
        <source>  skipped %1
</source>
        <translation>  छोड़ा गया: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="99"/>
        <source>  gone from the source (kept): %1
</source>
        <translation>  स्रोत से हट गया (रखा गया): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="103"/>
        <source> [%1 ms; download %2 ms, %3 bytes]
</source>
        <translation> [%1 ms; डाउनलोड %2 ms, %3 बाइट]
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="119"/>
        <source>Password or token for %1: </source>
        <translation>%1 के लिए पासवर्ड या टोकन: </translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="126"/>
        <source>lectern sources: %1
Run again with --secret-stdin to give the password or token for this run only.
</source>
        <translation>lectern sources: %1
केवल इस बार के लिए पासवर्ड या टोकन देने हेतु --secret-stdin के साथ फिर से चलाएँ।
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
        <translation>Markdown फ़ोल्डर %1 जोड़ा गया (स्रोत %2)
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="160"/>
        <source>user:password for %1: </source>
        <translation>%1 के लिए user:password: </translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="161"/>
        <source>Token for %1: </source>
        <translation>%1 के लिए टोकन: </translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="163"/>
        <source>lectern sources add: --auth %1 needs the %2 on standard input
</source>
        <translation>lectern sources add: --auth %1 के लिए मानक इनपुट पर %2 चाहिए
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="165"/>
        <source>&quot;user:password&quot;</source>
        <translation>&quot;user:password&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="165"/>
        <source>token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="169"/>
        <source>lectern sources add: Basic authentication needs &quot;user:password&quot; on standard input
</source>
        <translation>lectern sources add: Basic प्रमाणीकरण के लिए मानक इनपुट पर &quot;user:password&quot; चाहिए
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="178"/>
        <source>Add it with --auth basic or --auth bearer and the secret on standard input.
</source>
        <translation>इसे --auth basic या --auth bearer और मानक इनपुट पर गुप्त कुंजी के साथ जोड़ें।
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="205"/>
        <source>added %1 %2 as &quot;%3&quot; (source %4)
</source>
        <translation>%1 %2 को &quot;%3&quot; नाम से जोड़ा गया (स्रोत %4)
</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="70"/>
        <location filename="../lib/ingest/feedparser.cpp" line="444"/>
        <location filename="../lib/ingest/feedparser.cpp" line="470"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="52"/>
        <source>line %1, column %2</source>
        <translation>पंक्ति %1, स्तंभ %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="442"/>
        <location filename="../lib/ingest/feedparser.cpp" line="468"/>
        <source>%1 is not well-formed XML: %2 (%3)</source>
        <translation>%1 सही ढंग से बना XML नहीं है: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="445"/>
        <source>%1 has no XML element</source>
        <translation>%1 में कोई XML एलिमेंट नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="451"/>
        <source>%1 is not an RSS feed: its root element is &lt;%2&gt;, not &lt;rss&gt;</source>
        <translation>%1 RSS फ़ीड नहीं है: इसका मूल एलिमेंट &lt;%2&gt; है, &lt;rss&gt; नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="458"/>
        <source>%1 is not an Atom feed: its root element is &lt;%2&gt; in namespace &quot;%3&quot;</source>
        <translation>%1 Atom फ़ीड नहीं है: इसका मूल एलिमेंट नेमस्पेस &quot;%3&quot; में &lt;%2&gt; है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="494"/>
        <source>%1 is not valid JSON: %2 at %3</source>
        <translation>%1 मान्य JSON नहीं है: %3 पर %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="499"/>
        <source>%1 is not a JSON Feed: expected a JSON object</source>
        <translation>%1 JSON Feed नहीं है: JSON ऑब्जेक्ट अपेक्षित था</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="506"/>
        <source>%1 is not a JSON Feed: it has no &quot;version&quot; (&quot;https://jsonfeed.org/version/1.1&quot;)</source>
        <translation>%1 JSON Feed नहीं है: इसमें &quot;version&quot; नहीं है (&quot;https://jsonfeed.org/version/1.1&quot;)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="509"/>
        <source>%1 is not a JSON Feed: unknown version &quot;%2&quot;</source>
        <translation>%1 JSON Feed नहीं है: अज्ञात संस्करण &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="515"/>
        <source>%1 is not a valid JSON Feed: &quot;items&quot; is missing or not an array</source>
        <translation>%1 मान्य JSON Feed नहीं है: &quot;items&quot; मौजूद नहीं है या array नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="525"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="91"/>
        <source>item %1 is not an object</source>
        <translation>आइटम %1 ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="565"/>
        <source>item %1 (&quot;%2&quot;) has no &quot;url&quot;</source>
        <translation>आइटम %1 (&quot;%2&quot;) में &quot;url&quot; नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="100"/>
        <source>item %1: field &quot;%2&quot; is missing</source>
        <translation>आइटम %1: फ़ील्ड &quot;%2&quot; मौजूद नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="102"/>
        <source>item %1: field &quot;%2&quot; is not a string</source>
        <translation>आइटम %1: फ़ील्ड &quot;%2&quot; स्ट्रिंग नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="107"/>
        <source>item %1: field &quot;%2&quot; is %3 characters long, more than the %4 a post&apos;s field may have</source>
        <translation>आइटम %1: फ़ील्ड &quot;%2&quot; %3 वर्ण लंबा है, जबकि पोस्ट के किसी फ़ील्ड में अधिकतम %4 वर्ण हो सकते हैं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="114"/>
        <source>item %1: field &quot;%2&quot; contains a NUL character</source>
        <translation>आइटम %1: फ़ील्ड &quot;%2&quot; में NUL वर्ण है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="118"/>
        <source>item %1: field &quot;permalink&quot; is empty</source>
        <translation>आइटम %1: फ़ील्ड &quot;permalink&quot; खाली है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="38"/>
        <source>is UTF-16 text; save it as UTF-8</source>
        <translation>UTF-16 पाठ है; इसे UTF-8 में सहेजें</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="40"/>
        <source>is empty</source>
        <translation>खाली है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="55"/>
        <source>is not valid UTF-8 (an invalid byte sequence on line %1)</source>
        <translation>मान्य UTF-8 नहीं है (पंक्ति %1 में अमान्य बाइट अनुक्रम)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="60"/>
        <source>contains a NUL character (line %1): it is binary, not Markdown</source>
        <translation>इसमें NUL वर्ण है (पंक्ति %1): यह बाइनरी फ़ाइल है, Markdown नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="63"/>
        <source>contains the control character U+%1 (line %2)</source>
        <translation>इसमें नियंत्रण वर्ण U+%1 है (पंक्ति %2)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="230"/>
        <source>front matter line %1 is not &quot;key: value&quot;: %2</source>
        <translation>फ़्रंट मैटर की पंक्ति %1 &quot;key: value&quot; रूप में नहीं है: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="268"/>
        <source>front matter line %1 is not &quot;key = value&quot;: %2</source>
        <translation>फ़्रंट मैटर की पंक्ति %1 &quot;key = value&quot; रूप में नहीं है: %2</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="182"/>
        <source>Source: &lt;%1&gt;</source>
        <translation>स्रोत: &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="194"/>
        <source>## Highlights</source>
        <translation>## हाइलाइट</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="197"/>
        <source>Open this passage in the post</source>
        <translation>इस अंश को पोस्ट में खोलें</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="202"/>
        <source>## Detached highlights</source>
        <translation>## अलग हुए हाइलाइट</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="203"/>
        <source>*These passages are no longer in the post&apos;s text; they are kept as they were.*</source>
        <translation>*ये अंश अब पोस्ट के पाठ में नहीं हैं; इन्हें जैसे थे वैसे ही रखा गया है।*</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="207"/>
        <source>Open the post</source>
        <translation>पोस्ट खोलें</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="512"/>
        <location filename="../lib/store/marks.cpp" line="63"/>
        <source>no post with id %1 in the library</source>
        <translation>लाइब्रेरी में ID %1 वाली कोई पोस्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="546"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 एक फ़ाइल है, फ़ोल्डर नहीं</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="548"/>
        <source>cannot create the folder %1</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सकता</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="551"/>
        <source>the folder %1 is not writable</source>
        <translation>फ़ोल्डर %1 में लिखा नहीं जा सकता</translation>
    </message>
    <message>
        <location filename="../lib/search/queryparser.cpp" line="157"/>
        <source>The filter %1: needs a value, for example %1:name.</source>
        <translation>फ़िल्टर %1: को एक मान चाहिए, उदाहरण के लिए %1:name।</translation>
    </message>
    <message>
        <location filename="../lib/search/queryparser.cpp" line="179"/>
        <source>Unknown filter %1:%2. Use %3.</source>
        <translation>अज्ञात फ़िल्टर %1:%2। %3 का उपयोग करें।</translation>
    </message>
    <message>
        <location filename="../lib/search/queryparser.cpp" line="179"/>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <location filename="../lib/search/queryparser.cpp" line="189"/>
        <source>%1:%2 cannot be negated.</source>
        <translation>%1:%2 को नकारा नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../lib/search/queryparser.cpp" line="203"/>
        <source>Unknown filter &quot;%1:&quot;. The filters are %2.</source>
        <translation>अज्ञात फ़िल्टर &quot;%1:&quot;। उपलब्ध फ़िल्टर हैं %2।</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="55"/>
        <source>no SQLite handle</source>
        <translation>कोई SQLite हैंडल नहीं</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="48"/>
        <source>cannot write to the library: %1</source>
        <translation>लाइब्रेरी में लिखा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="53"/>
        <source>cannot save to the library: %1</source>
        <translation>लाइब्रेरी में सहेजा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="102"/>
        <source>bookmark position %1 is outside 0..1</source>
        <translation>बुकमार्क की स्थिति %1 0..1 की सीमा से बाहर है</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="104"/>
        <source>“%1” is not a heading anchor</source>
        <translation>“%1” शीर्षक एंकर नहीं है</translation>
    </message>
</context>
<context>
    <name>Lectern::AboutDialog</name>
    <message>
        <location filename="../app/aboutdialog.cpp" line="19"/>
        <location filename="../app/aboutdialog.cpp" line="20"/>
        <source>About Lectern</source>
        <translation>Lectern के बारे में</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="28"/>
        <source>&lt;h2&gt;Lectern %1&lt;/h2&gt;&lt;p&gt;A desktop knowledge base for technical blogs: import, search, read and annotate them offline.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lectern %1&lt;/h2&gt;&lt;p&gt;तकनीकी ब्लॉगों के लिए डेस्कटॉप ज्ञानकोश: उन्हें ऑफ़लाइन आयात करें, खोजें, पढ़ें और उन पर टिप्पणी करें।&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/aboutdialog.cpp" line="46"/>
        <source>%1 (%n syntax definitions)</source>
        <translation>
            <numerusform>%1 (%n सिंटैक्स परिभाषा)</numerusform>
            <numerusform>%1 (%n सिंटैक्स परिभाषाएँ)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="52"/>
        <source>Library: %1</source>
        <translation>लाइब्रेरी: %1</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="58"/>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleExtractor</name>
    <message>
        <location filename="../lib/ingest/articleextractor.cpp" line="418"/>
        <source>%1 nests its elements more than %2 deep; it is not read</source>
        <translation>%1 के एलिमेंट %2 स्तरों से अधिक गहराई तक नेस्ट हैं; इसे पढ़ा नहीं जाता</translation>
    </message>
    <message>
        <location filename="../lib/ingest/articleextractor.cpp" line="425"/>
        <source>%1 could not be parsed as HTML</source>
        <translation>%1 को HTML के रूप में पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <location filename="../lib/ingest/articleextractor.cpp" line="521"/>
        <source>%1 has no article text that Lectern can find</source>
        <translation>%1 में ऐसा कोई लेख पाठ नहीं है जिसे Lectern ढूँढ सके</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleFetchResult</name>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="94"/>
        <source>%1 of %2 articles fetched, %3 unchanged, %4 failed</source>
        <translation>%2 में से %1 लेख प्राप्त किए, %3 अपरिवर्तित, %4 विफल</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="100"/>
        <source>; the site asked Lectern to slow down, %1 left for the next run</source>
        <translation>; साइट ने Lectern से धीमा चलने को कहा, %1 अगली बार के लिए बचे हैं</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="102"/>
        <source>; cancelled, %1 left for the next run</source>
        <translation>; रद्द किया गया, %1 अगली बार के लिए बचे हैं</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="104"/>
        <source>; %1 left for the next run</source>
        <translation>; %1 अगली बार के लिए बचे हैं</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleRenderer</name>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="260"/>
        <source>Part %1 of %2 in %3</source>
        <translation>%3 का भाग %1 (कुल %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/render/articlerenderer.cpp" line="278"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n मिनट में पढ़ें</numerusform>
            <numerusform>%n मिनट में पढ़ें</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="282"/>
        <source>This post is no longer in its source; this is the last copy Lectern saw.</source>
        <translation>यह पोस्ट अब अपने स्रोत में नहीं है; यह वह अंतिम प्रति है जो Lectern ने देखी थी।</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="293"/>
        <source>Related posts</source>
        <translation>संबंधित पोस्ट</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="295"/>
        <source>Mentions</source>
        <translation>उल्लेख</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="296"/>
        <source>Mentioned by</source>
        <translation>इनमें उल्लेख</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="320"/>
        <source>Series: %1</source>
        <translation>शृंखला: %1</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="321"/>
        <source>More posts</source>
        <translation>और पोस्ट</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="322"/>
        <source>More in %1</source>
        <translation>%1 में और</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="342"/>
        <source>Previous part</source>
        <translation>पिछला भाग</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="343"/>
        <source>Older post</source>
        <translation>पुरानी पोस्ट</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="343"/>
        <source>Older in %1</source>
        <translation>%1 में पुरानी</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="347"/>
        <source>Next part</source>
        <translation>अगला भाग</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="348"/>
        <source>Newer post</source>
        <translation>नई पोस्ट</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="348"/>
        <source>Newer in %1</source>
        <translation>%1 में नई</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="529"/>
        <source>The source gives only this summary; Post &gt; Fetch Full Article downloads the whole article.</source>
        <translation>स्रोत केवल यह सारांश देता है; पोस्ट › पूरा लेख प्राप्त करें से पूरा लेख डाउनलोड होता है।</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="139"/>
        <location filename="../lib/render/articlerenderer.cpp" line="373"/>
        <source>Link to this section</source>
        <translation>इस खंड का लिंक</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="421"/>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="434"/>
        <source>Copy the code</source>
        <translation>कोड कॉपी करें</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="436"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleService</name>
    <message>
        <location filename="../app/articleservice.cpp" line="237"/>
        <source>Not in the library</source>
        <translation>लाइब्रेरी में नहीं है</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="238"/>
        <source>This post is not in the library (any more). It may have been removed by an import.</source>
        <translation>यह पोस्ट लाइब्रेरी में (अब) नहीं है। हो सकता है किसी आयात ने इसे हटा दिया हो।</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="294"/>
        <source>Ctrl+K, Ctrl+L or /</source>
        <translation>Ctrl+K, Ctrl+L या /</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="294"/>
        <source>search the library</source>
        <translation>लाइब्रेरी में खोजें</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="295"/>
        <source>Up, Down, Enter</source>
        <translation>Up, Down, Enter</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="295"/>
        <source>choose and open a result</source>
        <translation>परिणाम चुनें और खोलें</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="296"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="296"/>
        <source>open a result in a new tab</source>
        <translation>परिणाम को नए टैब में खोलें</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="297"/>
        <source>Alt+Left, Alt+Right</source>
        <translation>Alt+Left, Alt+Right</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="297"/>
        <source>back and forward</source>
        <translation>पीछे और आगे</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="298"/>
        <source>Ctrl+Shift+Left, Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Left, Ctrl+Shift+Right</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="298"/>
        <source>previous and next part</source>
        <translation>पिछला और अगला भाग</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="299"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="299"/>
        <source>every command, searchable</source>
        <translation>सभी कमांड, खोजने योग्य</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="300"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="300"/>
        <source>all keyboard shortcuts</source>
        <translation>सभी कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="310"/>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="311"/>
        <source>1 post in the library</source>
        <translation>लाइब्रेरी में 1 पोस्ट</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="312"/>
        <source>%1 posts in the library</source>
        <translation>लाइब्रेरी में %1 पोस्ट</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="314"/>
        <source>Search as you type, read offline, and keep your place in every post.</source>
        <translation>टाइप करते ही खोजें, ऑफ़लाइन पढ़ें, और हर पोस्ट में अपनी जगह बनाए रखें।</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="318"/>
        <source>Recently read</source>
        <translation>हाल में पढ़ी गईं</translation>
    </message>
    <message>
        <location filename="../app/articleservice.cpp" line="320"/>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleView</name>
    <message>
        <location filename="../app/articleview.cpp" line="41"/>
        <source>Article</source>
        <translation>लेख</translation>
    </message>
    <message>
        <location filename="../app/articleview.cpp" line="42"/>
        <source>The post being read</source>
        <translation>पढ़ी जा रही पोस्ट</translation>
    </message>
    <message>
        <location filename="../app/articleview.cpp" line="183"/>
        <source>Open Link in New Tab</source>
        <translation>लिंक नए टैब में खोलें</translation>
    </message>
    <message>
        <location filename="../app/articleview.cpp" line="185"/>
        <source>Copy Link Address</source>
        <translation>लिंक का पता कॉपी करें</translation>
    </message>
    <message>
        <location filename="../app/articleview.cpp" line="192"/>
        <source>&amp;Highlight</source>
        <translation>हाइलाइट करें (&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/articleview.cpp" line="194"/>
        <source>Highlight with &amp;Note…</source>
        <translation>नोट के साथ हाइलाइट करें (&amp;N)…</translation>
    </message>
</context>
<context>
    <name>Lectern::BookmarkRepository</name>
    <message>
        <location filename="../lib/store/marks.cpp" line="218"/>
        <location filename="../lib/store/marks.cpp" line="276"/>
        <source>“%1” (post %2) is already bookmarked</source>
        <translation>“%1” (पोस्ट %2) पहले से बुकमार्क है</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="238"/>
        <location filename="../lib/store/marks.cpp" line="249"/>
        <location filename="../lib/store/marks.cpp" line="263"/>
        <source>no bookmark with id %1</source>
        <translation>ID %1 वाला कोई बुकमार्क नहीं</translation>
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
        <translation>लेबल: %1</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="71"/>
        <source>Category: %1</source>
        <translation>श्रेणी: %1</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="75"/>
        <source>Opens at: %1</source>
        <translation>यहाँ खुलेगा: %1</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="77"/>
        <source>%1% down the page</source>
        <translation>पेज के %1% पर</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="82"/>
        <source>Added %1</source>
        <translation>जोड़ा गया: %1</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="158"/>
        <location filename="../app/bookmarkspanel.cpp" line="159"/>
        <source>Filter bookmarks</source>
        <translation>बुकमार्क फ़िल्टर करें</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="164"/>
        <source>Sort bookmarks by</source>
        <translation>बुकमार्क को इसके अनुसार क्रमित करें</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="165"/>
        <source>Newest first</source>
        <translation>नवीनतम पहले</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="166"/>
        <source>By title</source>
        <translation>शीर्षक के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="167"/>
        <source>By category</source>
        <translation>श्रेणी के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="175"/>
        <source>Bookmarks</source>
        <translation>बुकमार्क</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="189"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="206"/>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="208"/>
        <source>Edit &amp;Label...</source>
        <translation>लेबल संपादित करें (&amp;L)...</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="210"/>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="212"/>
        <source>&amp;Undo Remove</source>
        <translation>हटाना पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="276"/>
        <source>Bookmark: %1</source>
        <translation>बुकमार्क: %1</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="296"/>
        <source>Bookmarked “%1” (F2 in the Bookmarks panel adds a label)</source>
        <translation>“%1” बुकमार्क किया गया (बुकमार्क पैनल में F2 से लेबल जोड़ें)</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="307"/>
        <source>Bookmark</source>
        <translation>बुकमार्क</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="307"/>
        <source>Label (optional):</source>
        <translation>लेबल (वैकल्पिक):</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="330"/>
        <source>Bookmarked “%1”</source>
        <translation>“%1” बुकमार्क किया गया</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="341"/>
        <source>Bookmark Label</source>
        <translation>बुकमार्क लेबल</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="341"/>
        <source>Label for “%1”:</source>
        <translation>“%1” के लिए लेबल:</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="377"/>
        <source>Removed the bookmark on “%1” (Ctrl+Z in the Bookmarks panel undoes it)</source>
        <translation>“%1” का बुकमार्क हटाया गया (बुकमार्क पैनल में Ctrl+Z से पूर्ववत करें)</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="396"/>
        <source>Restored the bookmark on “%1”</source>
        <translation>“%1” का बुकमार्क वापस लाया गया</translation>
    </message>
    <message>
        <location filename="../app/bookmarkspanel.cpp" line="404"/>
        <source>Removed “%1”</source>
        <translation>“%1” हटाया गया</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="45"/>
        <source>The library file (default: $LECTERN_DB, else library.sqlite in the app data folder).</source>
        <translation>लाइब्रेरी फ़ाइल (डिफ़ॉल्ट: $LECTERN_DB, अन्यथा ऐप डेटा फ़ोल्डर में library.sqlite)।</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="49"/>
        <source>Show this help.</source>
        <translation>यह सहायता दिखाएँ।</translation>
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
        <translation>उपयोग: lectern [--db FILE] [--open PERMALINK] [--search QUERY] [--fresh] [--screenshot FILE]   विंडो खोलें
       lectern import FILE [--db FILE] [--skip-invalid]
       lectern search QUERY... [--db FILE] [--limit N] [--json]
       lectern search --stdin --json [--db FILE] [--limit N]
       lectern posts [--db FILE] [--json]
       lectern render PERMALINK [--db FILE] [--theme light|dark|sepia] [--code-theme NAME] [--search WORDS] [--font-size PX] [--out FILE]
       lectern sources add URL [--name N] [--auth basic|bearer] | list [--json] | refresh [NAME|--all]
       lectern bookmark add|remove|list ...   lectern note set PERMALINK --text T
       lectern highlight add PERMALINK --quote T [--note N]
       lectern notes list [--json]
       lectern structure [--json] [--category CAT]   stdin पर इंडेक्स पाठ -&gt; ब्लॉक
       lectern export-notes --out DIR [--post PERMALINK] | --single-file FILE
       lectern library check | restore [BACKUP] | new   क्षतिग्रस्त लाइब्रेरी के लिए
       lectern COMMAND --help   किसी एक कमांड के विकल्प
       lectern --version
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="201"/>
        <source>lectern: unknown command &apos;%1&apos;
</source>
        <translation>lectern: अज्ञात कमांड &apos;%1&apos;
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="211"/>
        <source>The library file (default: $LECTERN_DB, else the one chosen in the settings, else library.sqlite in the app data folder).</source>
        <translation>लाइब्रेरी फ़ाइल (डिफ़ॉल्ट: $LECTERN_DB, अन्यथा सेटिंग्स में चुनी गई, अन्यथा ऐप डेटा फ़ोल्डर में library.sqlite)।</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="218"/>
        <source>Save a PNG of the screen once the window is up, then quit.</source>
        <translation>विंडो खुलते ही स्क्रीन की PNG सहेजें, फिर बंद करें।</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="223"/>
        <source>Open this post (its permalink).</source>
        <translation>यह पोस्ट खोलें (इसका परमालिंक)।</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="227"/>
        <source>Type this into the search field.</source>
        <translation>इसे खोज फ़ील्ड में टाइप करें।</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="231"/>
        <source>Run this command (an action name such as actionCommandPalette) once the window is up.</source>
        <translation>विंडो खुलते ही यह कमांड चलाएँ (actionCommandPalette जैसा कोई एक्शन नाम)।</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="236"/>
        <source>Do not reopen the tabs and layout of the last run.</source>
        <translation>पिछली बार के टैब और लेआउट फिर से न खोलें।</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="241"/>
        <source>A desktop knowledge base for technical blogs</source>
        <translation>तकनीकी ब्लॉगों के लिए डेस्कटॉप ज्ञानकोश</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="245"/>
        <source>Import these files: an index.json or a Markdown folder. With Lectern already running on this library, it imports them and comes to the front.</source>
        <translation>ये फ़ाइलें आयात करें: कोई index.json या Markdown फ़ोल्डर। यदि Lectern इसी लाइब्रेरी के साथ पहले से चल रहा है, तो वही इन्हें आयात करता है और सामने आ जाता है।</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="367"/>
        <source>no action %1
</source>
        <translation>कोई एक्शन %1 नहीं
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="389"/>
        <source>screenshot saved to %1
</source>
        <translation>स्क्रीनशॉट %1 में सहेजा गया
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="391"/>
        <source>cannot write %1
</source>
        <translation>%1 लिखा नहीं जा सकता
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="25"/>
        <source>Import a Hugo/PaperMod search index (index.json), or a feed or index by its http(s) address.</source>
        <translation>Hugo/PaperMod खोज इंडेक्स (index.json) आयात करें, या किसी फ़ीड या इंडेक्स को उसके http(s) पते से।</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="27"/>
        <source>The index file, or a URL.</source>
        <translation>इंडेक्स फ़ाइल, या कोई URL।</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="29"/>
        <source>Skip individually bad items (and report them) instead of refusing the file.</source>
        <translation>फ़ाइल को अस्वीकार करने के बजाय अलग-अलग ख़राब आइटम छोड़ें (और उनकी सूचना दें)।</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="35"/>
        <source>usage: lectern import FILE [--db FILE] [--skip-invalid]
</source>
        <translation>उपयोग: lectern import FILE [--db FILE] [--skip-invalid]
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="54"/>
        <source>lectern import: %1
The library is unchanged.
</source>
        <translation>lectern import: %1
लाइब्रेरी में कोई बदलाव नहीं हुआ।
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="60"/>
        <source>lectern import: the search index could not be updated: %1
</source>
        <translation>lectern import: खोज इंडेक्स अपडेट नहीं हो सका: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="62"/>
        <source>skipped %1
</source>
        <translation>छोड़ा गया: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="64"/>
        <source>missing from the source (kept): %1
</source>
        <translation>स्रोत में नहीं है (रखा गया): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_import.cpp" line="66"/>
        <source> (%1 series, %2 links) in %3 ms
</source>
        <translation> (%1 शृंखलाएँ, %2 लिंक) %3 ms में
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="145"/>
        <source>Add, remove or list bookmarks.</source>
        <translation>बुकमार्क जोड़ें, हटाएँ या सूची दिखाएँ।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="146"/>
        <source>add, remove or list</source>
        <translation>add, remove या list</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="147"/>
        <source>The post (for add and remove).</source>
        <translation>पोस्ट (add और remove के लिए)।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="149"/>
        <source>A label for the bookmark.</source>
        <translation>बुकमार्क के लिए लेबल।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="152"/>
        <source>The heading to return to (its id in the article).</source>
        <translation>वह शीर्षक जिस पर लौटना है (लेख में उसकी ID)।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="155"/>
        <source>The scroll position to return to, 0 to 1.</source>
        <translation>वह स्क्रॉल स्थिति जिस पर लौटना है, 0 से 1।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="165"/>
        <source>say add, remove or list (see --help)</source>
        <translation>add, remove या list लिखें (देखें --help)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="168"/>
        <location filename="../app/cli_notes.cpp" line="250"/>
        <location filename="../app/cli_notes.cpp" line="330"/>
        <source>%1 takes one permalink</source>
        <translation>%1 को एक परमालिंक चाहिए</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="169"/>
        <source>list takes no permalink</source>
        <translation>list के साथ परमालिंक नहीं दिया जाता</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="203"/>
        <source>“%1” is not bookmarked</source>
        <translation>“%1” बुकमार्क नहीं है</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="206"/>
        <source>Removed the bookmark on “%1”
</source>
        <translation>“%1” का बुकमार्क हटाया गया
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="216"/>
        <source>--position wants a number from 0 to 1, not “%1”</source>
        <translation>--position को 0 से 1 तक की संख्या चाहिए, “%1” नहीं</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="226"/>
        <source>Bookmarked “%1”
</source>
        <translation>“%1” बुकमार्क किया गया
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="235"/>
        <source>Set, show or remove the Markdown note on a post.</source>
        <translation>किसी पोस्ट पर Markdown नोट सेट करें, दिखाएँ या हटाएँ।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="236"/>
        <source>set, show or remove</source>
        <translation>set, show या remove</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="237"/>
        <source>The post.</source>
        <translation>पोस्ट।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="239"/>
        <source>The note&apos;s Markdown (for set; - reads standard input).</source>
        <translation>नोट का Markdown (set के लिए; - मानक इनपुट पढ़ता है)।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="248"/>
        <source>say set, show or remove (see --help)</source>
        <translation>set, show या remove लिखें (देखें --help)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="252"/>
        <source>set needs --text</source>
        <translation>set को --text चाहिए</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="266"/>
        <location filename="../app/cli_notes.cpp" line="273"/>
        <source>“%1” has no note</source>
        <translation>“%1” पर कोई नोट नहीं है</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="276"/>
        <source>Removed the note on “%1”
</source>
        <translation>“%1” का नोट हटाया गया
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="283"/>
        <source>the note is empty (to delete it: lectern note remove %1)</source>
        <translation>नोट खाली है (हटाने के लिए: lectern note remove %1)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="287"/>
        <source>Saved the note on “%1”
</source>
        <translation>“%1” का नोट सहेजा गया
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="297"/>
        <source>Highlight a passage of a post (found in its text), list or remove highlights.</source>
        <translation>किसी पोस्ट के अंश को हाइलाइट करें (उसके पाठ में ढूँढकर), हाइलाइट की सूची दिखाएँ या उन्हें हटाएँ।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="298"/>
        <source>add, list or remove</source>
        <translation>add, list या remove</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="300"/>
        <source>The post&apos;s permalink (add, list) or the highlight&apos;s id (remove).</source>
        <translation>पोस्ट का परमालिंक (add, list) या हाइलाइट की ID (remove)।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="303"/>
        <source>The passage, as it reads in the post (- reads standard input).</source>
        <translation>अंश, जैसा वह पोस्ट में लिखा है (- मानक इनपुट पढ़ता है)।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="307"/>
        <source>Text just before the passage, when it occurs more than once.</source>
        <translation>अंश से ठीक पहले का पाठ, जब वह एक से अधिक बार आता हो।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="310"/>
        <source>Text just after the passage.</source>
        <translation>अंश के ठीक बाद का पाठ।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="312"/>
        <source>A Markdown note on the highlight.</source>
        <translation>हाइलाइट पर Markdown नोट।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="315"/>
        <source>yellow (default), green, blue, pink, ... or #rrggbb.</source>
        <translation>yellow (डिफ़ॉल्ट), green, blue, pink, ... या #rrggbb।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="325"/>
        <source>say add, list or remove (see --help)</source>
        <translation>add, list या remove लिखें (देखें --help)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="329"/>
        <source>remove takes a highlight id</source>
        <translation>remove को हाइलाइट की ID चाहिए</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="333"/>
        <source>add needs --quote</source>
        <translation>add को --quote चाहिए</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="344"/>
        <source>“%1” is not a highlight id</source>
        <translation>“%1” हाइलाइट ID नहीं है</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="347"/>
        <source>Removed highlight %1
</source>
        <translation>हाइलाइट %1 हटाया गया
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="370"/>
        <source>	(detached)</source>
        <translation>	(अलग हुआ)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="391"/>
        <source>Highlighted “%1” in “%2” (highlight %3, characters %4..%5)
</source>
        <translation>“%2” में “%1” हाइलाइट किया गया (हाइलाइट %3, वर्ण %4..%5)
</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="404"/>
        <source>List the notes on posts and highlights.</source>
        <translation>पोस्ट और हाइलाइट पर लिखे नोट की सूची दिखाएँ।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="405"/>
        <source>list (the default)</source>
        <translation>list (डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="407"/>
        <source>Only this post&apos;s notes.</source>
        <translation>केवल इस पोस्ट के नोट।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="415"/>
        <source>say list (see --help)</source>
        <translation>list लिखें (देखें --help)</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="478"/>
        <source>Export notes and highlights as Markdown: one file per post (--out) or one file (--single-file). Files you edited since the last export are never overwritten.</source>
        <translation>नोट और हाइलाइट Markdown के रूप में निर्यात करें: हर पोस्ट की एक फ़ाइल (--out) या एक ही फ़ाइल (--single-file)। पिछले निर्यात के बाद आपके द्वारा संपादित फ़ाइलें कभी अधिलेखित नहीं होतीं।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="480"/>
        <source>The folder to write into.</source>
        <translation>वह फ़ोल्डर जिसमें लिखना है।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="483"/>
        <source>Write everything into this one file.</source>
        <translation>सब कुछ इसी एक फ़ाइल में लिखें।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="487"/>
        <source>Only this post (repeat for more); default: every post with notes or highlights.</source>
        <translation>केवल यह पोस्ट (अधिक के लिए दोहराएँ); डिफ़ॉल्ट: नोट या हाइलाइट वाली हर पोस्ट।</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="495"/>
        <source>unexpected argument “%1”</source>
        <translation>अनपेक्षित आर्ग्युमेंट “%1”</translation>
    </message>
    <message>
        <location filename="../app/cli_notes.cpp" line="498"/>
        <source>give either --out DIR or --single-file FILE</source>
        <translation>या तो --out DIR दें या --single-file FILE</translation>
    </message>
    <message>
        <location filename="../app/cli_posts.cpp" line="19"/>
        <source>List the library&apos;s posts with category, series and position.</source>
        <translation>लाइब्रेरी की पोस्ट श्रेणी, शृंखला और क्रम के साथ दिखाएँ।</translation>
    </message>
    <message>
        <location filename="../app/cli_posts.cpp" line="22"/>
        <location filename="../app/cli_sources.cpp" line="275"/>
        <source>Print JSON.</source>
        <translation>JSON प्रिंट करें।</translation>
    </message>
    <message>
        <location filename="../app/cli_posts.cpp" line="55"/>
        <source>	[%1, part %2 of %3]</source>
        <translation>	[%1, भाग %2 (कुल %3)]</translation>
    </message>
    <message>
        <location filename="../app/cli_posts.cpp" line="60"/>
        <source>	(missing from source)</source>
        <translation>	(स्रोत में नहीं है)</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="32"/>
        <source>Write a post&apos;s reader page (HTML with its stylesheet inlined) for inspection.</source>
        <translation>जाँच के लिए किसी पोस्ट का रीडर पेज (स्टाइलशीट सहित HTML) लिखें।</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="37"/>
        <source>The post&apos;s permalink.</source>
        <translation>पोस्ट का परमालिंक।</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="40"/>
        <source>Page theme: light, dark or sepia (default: light).</source>
        <translation>पेज थीम: light, dark या sepia (डिफ़ॉल्ट: light)।</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="45"/>
        <source>KSyntaxHighlighting theme for code (default: the one matching the page theme).</source>
        <translation>कोड के लिए KSyntaxHighlighting थीम (डिफ़ॉल्ट: पेज थीम से मेल खाने वाली)।</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="51"/>
        <source>Mark these search words in the page.</source>
        <translation>पेज में ये खोज शब्द चिह्नित करें।</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="55"/>
        <source>Body text size in pixels (10-40).</source>
        <translation>मुख्य पाठ का आकार पिक्सेल में (10-40)।</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="59"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>मानक आउटपुट के बजाय FILE में लिखें।</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="67"/>
        <source>lectern render: give exactly one permalink (see lectern render --help)
</source>
        <translation>lectern render: ठीक एक परमालिंक दें (देखें lectern render --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="77"/>
        <source>lectern render: unknown theme &apos;%1&apos; (light, dark or sepia)
</source>
        <translation>lectern render: अज्ञात थीम &apos;%1&apos; (light, dark या sepia)
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="86"/>
        <source>lectern render: unknown code theme &apos;%1&apos;; the themes are: %2
</source>
        <translation>lectern render: अज्ञात कोड थीम &apos;%1&apos;; उपलब्ध थीम: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="98"/>
        <source>lectern render: --font-size wants a number of pixels from 10 to 40
</source>
        <translation>lectern render: --font-size को 10 से 40 तक पिक्सेल की संख्या चाहिए
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="111"/>
        <source>lectern render: no library at %1 (import an index first)
</source>
        <translation>lectern render: %1 पर कोई लाइब्रेरी नहीं है (पहले कोई इंडेक्स आयात करें)
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="124"/>
        <source>lectern render: no post with the permalink %1 in %2
</source>
        <translation>lectern render: %2 में परमालिंक %1 वाली कोई पोस्ट नहीं है
</translation>
    </message>
    <message>
        <location filename="../app/cli_render.cpp" line="139"/>
        <source>lectern render: cannot write %1: %2
</source>
        <translation>lectern render: %1 लिखा नहीं जा सकता: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="105"/>
        <source>Search the library: lectern search QUERY... [--db FILE] [--limit N] [--json]
or one query per input line: lectern search --stdin --json [--db FILE] [--limit N]
Query language: words, &quot;exact phrases&quot;, -exclusion, OR, cat:NAME, series:NAME, tag:NAME, is:bookmarked, is:unread, has:notes, in:title, in:code.</source>
        <translation>लाइब्रेरी में खोजें: lectern search QUERY... [--db FILE] [--limit N] [--json]
या इनपुट की हर पंक्ति पर एक क्वेरी: lectern search --stdin --json [--db FILE] [--limit N]
क्वेरी भाषा: शब्द, &quot;सटीक वाक्यांश&quot;, -बहिष्करण, OR, cat:NAME, series:NAME, tag:NAME, is:bookmarked, is:unread, has:notes, in:title, in:code।</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="109"/>
        <source>Print JSON (one object per query).</source>
        <translation>JSON प्रिंट करें (हर क्वेरी के लिए एक ऑब्जेक्ट)।</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="111"/>
        <source>Read one query per line from standard input.</source>
        <translation>मानक इनपुट से हर पंक्ति पर एक क्वेरी पढ़ें।</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="113"/>
        <source>Show at most N results (default 50).</source>
        <translation>अधिकतम N परिणाम दिखाएँ (डिफ़ॉल्ट 50)।</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="123"/>
        <source>lectern search: --limit needs a positive number, not &quot;%1&quot;
</source>
        <translation>lectern search: --limit को धनात्मक संख्या चाहिए, &quot;%1&quot; नहीं
</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="130"/>
        <source>lectern search: give either a query or --stdin, not both
</source>
        <translation>lectern search: या तो क्वेरी दें या --stdin, दोनों नहीं
</translation>
    </message>
    <message>
        <location filename="../app/cli_search.cpp" line="134"/>
        <source>lectern search: what should I search for? Usage: lectern search QUERY... [--db FILE] [--limit N] [--json], or --stdin --json
</source>
        <translation>lectern search: क्या खोजना है? उपयोग: lectern search QUERY... [--db FILE] [--limit N] [--json], या --stdin --json
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
        <translation>लाइब्रेरी के स्रोत प्रबंधित करें: Hugo इंडेक्स, RSS/Atom/JSON फ़ीड और Markdown फ़ोल्डर।</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="260"/>
        <source>add, list, refresh, fetch-articles or remove</source>
        <translation>add, list, refresh, fetch-articles या remove</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="261"/>
        <source>URL, folder or source name</source>
        <translation>URL, फ़ोल्डर या स्रोत का नाम</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="263"/>
        <source>The source&apos;s name.</source>
        <translation>स्रोत का नाम।</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="267"/>
        <source>HTTP authentication: basic (&quot;user:password&quot;) or bearer (a token), read from standard input.</source>
        <translation>HTTP प्रमाणीकरण: basic (&quot;user:password&quot;) या bearer (टोकन), मानक इनपुट से पढ़ा जाता है।</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="271"/>
        <source>Refresh the source every MINUTES in the window.</source>
        <translation>विंडो में स्रोत को हर MINUTES मिनट पर रीफ़्रेश करें।</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="274"/>
        <source>Markdown folders: import drafts too.</source>
        <translation>Markdown फ़ोल्डर: ड्राफ़्ट भी आयात करें।</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="276"/>
        <source>Refresh every source.</source>
        <translation>सभी स्रोत रीफ़्रेश करें।</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="278"/>
        <source>Give up on a download after SECONDS.</source>
        <translation>SECONDS सेकंड बाद डाउनलोड छोड़ दें।</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="282"/>
        <source>Read the password or token from standard input for this run only (when the keychain is not available).</source>
        <translation>केवल इस बार के लिए पासवर्ड या टोकन मानक इनपुट से पढ़ें (जब कीचेन उपलब्ध न हो)।</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="285"/>
        <source>Pause between article pages (default 1000).</source>
        <translation>लेख पेजों के बीच विराम (डिफ़ॉल्ट 1000)।</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="287"/>
        <source>Fetch at most N articles.</source>
        <translation>अधिकतम N लेख प्राप्त करें।</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="300"/>
        <source>lectern sources: unknown action &apos;%1&apos;
</source>
        <translation>lectern sources: अज्ञात क्रिया &apos;%1&apos;
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="308"/>
        <source>lectern sources: --auth must be basic or bearer, not &apos;%1&apos;
</source>
        <translation>lectern sources: --auth basic या bearer होना चाहिए, &apos;%1&apos; नहीं
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="320"/>
        <source>lectern sources refresh: name the sources to refresh, or --all
</source>
        <translation>lectern sources refresh: रीफ़्रेश करने वाले स्रोतों के नाम दें, या --all
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="335"/>
        <source>lectern sources add: %1 is neither an http(s) address nor a folder
</source>
        <translation>lectern sources add: %1 न तो http(s) पता है और न ही फ़ोल्डर
</translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="350"/>
        <source>no sources
</source>
        <translation>कोई स्रोत नहीं
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_sources.cpp" line="355"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n पोस्ट</numerusform>
            <numerusform>%n पोस्ट</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli_sources.cpp" line="373"/>
        <source>lectern sources: no source named %1 (see lectern sources list)
</source>
        <translation>lectern sources: %1 नाम का कोई स्रोत नहीं है (देखें lectern sources list)
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
            <numerusform>%1 और उसकी %n पोस्ट हटाई गई
</numerusform>
            <numerusform>%1 और उसकी %n पोस्ट हटाई गईं
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
        <translation>किसी पोस्ट की संरचना उसके खोज-इंडेक्स पाठ से वापस बनाएँ: lectern structure [--json] [--category CAT] &lt; content.txt
मानक इनपुट में इंडेक्स का `content` वैसा ही होता है जैसा index.json में है (एंटिटी एन्कोड की हुई); JSON स्ट्रिंग (जैसी `jq .[0].content` प्रिंट करता है) भी चलती है। ब्लॉक Markdown के रूप में प्रिंट होते हैं, या --json के साथ {&quot;blocks&quot;: [{&quot;type&quot;, &quot;text&quot;, &quot;items&quot;, &quot;language&quot;, ...}]} के रूप में।</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="65"/>
        <source>Print the blocks as JSON.</source>
        <translation>ब्लॉक JSON के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="68"/>
        <source>The post&apos;s category (its permalink section, e.g. go): a hint for code languages.</source>
        <translation>पोस्ट की श्रेणी (उसके परमालिंक का खंड, जैसे go): कोड की भाषा पहचानने में संकेत।</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="75"/>
        <source>lectern structure: unexpected argument &quot;%1&quot;; the text comes on standard input
</source>
        <translation>lectern structure: अनपेक्षित आर्ग्युमेंट &quot;%1&quot;; पाठ मानक इनपुट पर आता है
</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="84"/>
        <source>lectern structure: cannot read standard input: %1
</source>
        <translation>lectern structure: मानक इनपुट पढ़ा नहीं जा सकता: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_structure.cpp" line="91"/>
        <source>lectern structure: no text on standard input (give the post&apos;s index content, e.g. lectern structure &lt; content.txt)
</source>
        <translation>lectern structure: मानक इनपुट पर कोई पाठ नहीं (पोस्ट का इंडेक्स कंटेंट दें, जैसे lectern structure &lt; content.txt)
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="25"/>
        <source>To recover:
</source>
        <translation>पुनर्प्राप्ति के लिए:
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="27"/>
        <source>  lectern library restore --db %1   puts back the backup %2
</source>
        <translation>  lectern library restore --db %1   बैकअप %2 वापस लाता है
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="29"/>
        <source>  lectern library new --db %1       starts a new, empty library
</source>
        <translation>  lectern library new --db %1       नई, खाली लाइब्रेरी शुरू करता है
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="30"/>
        <source>Either way the damaged file is kept beside it (%1.damaged-&lt;time&gt;).
</source>
        <translation>दोनों ही स्थितियों में क्षतिग्रस्त फ़ाइल उसी के पास रखी रहती है (%1.damaged-&lt;time&gt;)।
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="38"/>
        <source>Check a library, or recover from a damaged one: restore its backup or start anew. The damaged file is moved aside, never deleted.</source>
        <translation>लाइब्रेरी जाँचें, या क्षतिग्रस्त लाइब्रेरी से उबरें: उसका बैकअप पुनर्स्थापित करें या नए सिरे से शुरू करें। क्षतिग्रस्त फ़ाइल अलग रख दी जाती है, कभी हटाई नहीं जाती।</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="41"/>
        <source>check, restore [BACKUP] (default: the newest backup), new</source>
        <translation>check, restore [BACKUP] (डिफ़ॉल्ट: सबसे नया बैकअप), new</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="54"/>
        <source>%1: ok (library format %2)
</source>
        <translation>%1: ठीक है (लाइब्रेरी फ़ॉर्मैट %2)
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="61"/>
        <source>lectern library restore: %1 has no backup (%1.vN.bak); `lectern library new` starts a new library
</source>
        <translation>lectern library restore: %1 का कोई बैकअप (%1.vN.bak) नहीं है; `lectern library new` नई लाइब्रेरी शुरू करता है
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
        <translation>%1 को %2 से पुनर्स्थापित किया गया; क्षतिग्रस्त फ़ाइल अब %3 है
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
        <translation>नई लाइब्रेरी %1 शुरू की गई; पुरानी फ़ाइल अब %2 है
</translation>
    </message>
    <message>
        <location filename="../app/cli_library.cpp" line="95"/>
        <source>usage: lectern library check|restore [BACKUP]|new [--db FILE]
</source>
        <translation>उपयोग: lectern library check|restore [BACKUP]|new [--db FILE]
</translation>
    </message>
</context>
<context>
    <name>Lectern::CommandPalette</name>
    <message>
        <location filename="../app/commandpalette.cpp" line="39"/>
        <source>Command palette</source>
        <translation>कमांड पैलेट</translation>
    </message>
    <message>
        <location filename="../app/commandpalette.cpp" line="46"/>
        <source>Type a command</source>
        <translation>कमांड टाइप करें</translation>
    </message>
    <message>
        <location filename="../app/commandpalette.cpp" line="47"/>
        <source>Command to run</source>
        <translation>चलाने के लिए कमांड</translation>
    </message>
    <message>
        <location filename="../app/commandpalette.cpp" line="50"/>
        <source>Commands</source>
        <translation>कमांड</translation>
    </message>
</context>
<context>
    <name>Lectern::FeedImporter</name>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="158"/>
        <source>%1 lists no entries: nothing to import</source>
        <translation>%1 में कोई प्रविष्टि नहीं है: आयात करने को कुछ नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="180"/>
        <source>an entry (&quot;%1&quot;) has no permalink</source>
        <translation>एक प्रविष्टि (&quot;%1&quot;) में परमालिंक नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="185"/>
        <source>%1 is listed twice; the first one is kept</source>
        <translation>%1 दो बार सूचीबद्ध है; पहली प्रविष्टि रखी गई है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="198"/>
        <source>cannot write to the library %1: %2</source>
        <translation>लाइब्रेरी %1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="203"/>
        <source>%1: the library refused the import (%2): %3</source>
        <translation>%1: लाइब्रेरी ने आयात अस्वीकार कर दिया (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="208"/>
        <source>%1: the source is no longer in the library</source>
        <translation>%1: स्रोत अब लाइब्रेरी में नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="218"/>
        <source>reading posts</source>
        <translation>पोस्ट पढ़ी जा रही हैं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="295"/>
        <source>tags of %1</source>
        <translation>%1 के टैग</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="308"/>
        <source>import of %1 cancelled; the library is unchanged</source>
        <translation>%1 का आयात रद्द किया गया; लाइब्रेरी में कोई बदलाव नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="344"/>
        <source>flagging missing posts</source>
        <translation>ग़ायब पोस्ट चिह्नित की जा रही हैं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="364"/>
        <location filename="../lib/ingest/feedimporter.cpp" line="386"/>
        <source>ordering posts</source>
        <translation>पोस्ट का क्रम तय किया जा रहा है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="397"/>
        <location filename="../lib/ingest/feedimporter.cpp" line="407"/>
        <location filename="../lib/ingest/feedimporter.cpp" line="415"/>
        <source>series</source>
        <translation>शृंखलाएँ</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="417"/>
        <source>links</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="421"/>
        <source>source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedimporter.cpp" line="423"/>
        <source>commit</source>
        <translation>कमिट</translation>
    </message>
</context>
<context>
    <name>Lectern::FeedParser</name>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="632"/>
        <source>Hugo search index</source>
        <translation>Hugo खोज इंडेक्स</translation>
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
        <translation>वेब पेज</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="644"/>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="657"/>
        <source>the server sent %1 content, not a feed, an index or a web page</source>
        <translation>सर्वर ने %1 सामग्री भेजी, फ़ीड, इंडेक्स या वेब पेज नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="661"/>
        <source>the document is binary data (%1), not a feed, an index or a web page</source>
        <translation>दस्तावेज़ बाइनरी डेटा (%1) है, फ़ीड, इंडेक्स या वेब पेज नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="662"/>
        <location filename="../lib/ingest/feedparser.cpp" line="698"/>
        <source>no content type</source>
        <translation>कोई कंटेंट टाइप नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="667"/>
        <source>the document is empty</source>
        <translation>दस्तावेज़ खाली है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="690"/>
        <source>the document is XML with a root element &lt;%1&gt;, not RSS, Atom or a web page</source>
        <translation>दस्तावेज़ &lt;%1&gt; मूल एलिमेंट वाला XML है, RSS, Atom या वेब पेज नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="696"/>
        <source>the document (%1) is not a feed, an index or a web page; it starts with &quot;%2&quot;</source>
        <translation>दस्तावेज़ (%1) फ़ीड, इंडेक्स या वेब पेज नहीं है; यह &quot;%2&quot; से शुरू होता है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="715"/>
        <source>%1 is a Hugo search index, not a feed</source>
        <translation>%1 Hugo खोज इंडेक्स है, फ़ीड नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="718"/>
        <source>%1 is a web page, not a feed</source>
        <translation>%1 वेब पेज है, फ़ीड नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="723"/>
        <source>%1 is not a feed</source>
        <translation>%1 फ़ीड नहीं है</translation>
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
        <translation>%1 http या https पता नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="93"/>
        <location filename="../lib/sources/fetcher.cpp" line="166"/>
        <source>cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="116"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 ने %2 s में उत्तर नहीं दिया</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="170"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 %2 s में पूरा नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="173"/>
        <source>%1 is larger than %2, the most Lectern downloads</source>
        <translation>%1, %2 से बड़ा है, जो Lectern द्वारा डाउनलोड की जाने वाली अधिकतम सीमा है</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="178"/>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 ने %2 s तक कुछ नहीं भेजा</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="184"/>
        <source>%1 redirects (HTTP %2) without saying where</source>
        <translation>%1 रीडायरेक्ट करता है (HTTP %2) पर यह नहीं बताता कि कहाँ</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="192"/>
        <source>redirect loop: %1</source>
        <translation>रीडायरेक्ट लूप: %1</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="196"/>
        <source>%1 redirects more than %2 times</source>
        <translation>%1 %2 से अधिक बार रीडायरेक्ट करता है</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="201"/>
        <source>%1 redirects from https to an unencrypted address (%2); Lectern does not follow that</source>
        <translation>%1 https से एक अनएन्क्रिप्टेड पते (%2) पर रीडायरेक्ट करता है; Lectern इसका पालन नहीं करता</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="217"/>
        <source>%1 refused the credentials (HTTP %2)</source>
        <translation>%1 ने क्रेडेंशियल अस्वीकार कर दिए (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="218"/>
        <source>%1 needs credentials (HTTP %2)</source>
        <translation>%1 को क्रेडेंशियल चाहिए (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="225"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 ने HTTP %2 %3 उत्तर दिया</translation>
    </message>
    <message>
        <location filename="../lib/sources/fetcher.cpp" line="229"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 तक नहीं पहुँच सके: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message>
        <location filename="../app/findbar.cpp" line="17"/>
        <location filename="../app/findbar.cpp" line="25"/>
        <source>Find in article</source>
        <translation>लेख में ढूँढें</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="22"/>
        <source>&amp;Find:</source>
        <translation>ढूँढें (&amp;F):</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="24"/>
        <source>Text to find in the article</source>
        <translation>लेख में ढूँढने के लिए पाठ</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="34"/>
        <source>Previous match (Shift+F3)</source>
        <translation>पिछला मिलान (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="35"/>
        <source>Previous match</source>
        <translation>पिछला मिलान</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="39"/>
        <source>Next match (F3)</source>
        <translation>अगला मिलान (F3)</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="40"/>
        <source>Next match</source>
        <translation>अगला मिलान</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="42"/>
        <source>Matches</source>
        <translation>मिलान</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="47"/>
        <source>Close the find bar (Esc)</source>
        <translation>ढूँढें बार बंद करें (Esc)</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="48"/>
        <source>Close the find bar</source>
        <translation>ढूँढें बार बंद करें</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="86"/>
        <source>No matches</source>
        <translation>कोई मिलान नहीं</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="87"/>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Fts5</name>
    <message>
        <location filename="../lib/search/fts5.cpp" line="128"/>
        <source>SQLite was built without FTS5</source>
        <translation>SQLite को FTS5 के बिना बनाया गया था</translation>
    </message>
    <message>
        <location filename="../lib/search/fts5.cpp" line="132"/>
        <source>cannot register lectern_rank</source>
        <translation>lectern_rank पंजीकृत नहीं किया जा सकता</translation>
    </message>
</context>
<context>
    <name>Lectern::HighlightAnchorer</name>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="57"/>
        <source>a highlight needs the text it marks (the quote is empty)</source>
        <translation>हाइलाइट के लिए वह पाठ चाहिए जिसे वह चिह्नित करता है (उद्धरण खाली है)</translation>
    </message>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="62"/>
        <location filename="../lib/notes/highlightanchorer.cpp" line="105"/>
        <source>no post with id %1 in the library</source>
        <translation>लाइब्रेरी में ID %1 वाली कोई पोस्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="68"/>
        <source>“%1” is not in the text of “%2”</source>
        <translation>“%1” “%2” के पाठ में नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="100"/>
        <source>cannot write to the library: %1</source>
        <translation>लाइब्रेरी में लिखा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="159"/>
        <source>cannot save to the library: %1</source>
        <translation>लाइब्रेरी में सहेजा नहीं जा सकता: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::HighlightRepository</name>
    <message>
        <location filename="../lib/store/marks.cpp" line="329"/>
        <source>a highlight needs the text it marks (the quote is empty)</source>
        <translation>हाइलाइट के लिए वह पाठ चाहिए जिसे वह चिह्नित करता है (उद्धरण खाली है)</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="334"/>
        <location filename="../lib/store/marks.cpp" line="375"/>
        <source>“%1” is not a highlight colour (use a name like yellow or #rrggbb)</source>
        <translation>“%1” हाइलाइट रंग नहीं है (yellow जैसा नाम या #rrggbb दें)</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="343"/>
        <source>no post with id %1 in the library</source>
        <translation>लाइब्रेरी में ID %1 वाली कोई पोस्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="346"/>
        <source>highlight range %1..%2 is not inside post %3 (its text has %4 characters)</source>
        <translation>हाइलाइट सीमा %1..%2 पोस्ट %3 के भीतर नहीं है (उसके पाठ में %4 वर्ण हैं)</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="381"/>
        <location filename="../lib/store/marks.cpp" line="392"/>
        <source>no highlight with id %1</source>
        <translation>ID %1 वाला कोई हाइलाइट नहीं</translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlSanitizer</name>
    <message>
        <location filename="../lib/render/htmlsanitizer.cpp" line="408"/>
        <source>image</source>
        <translation>छवि</translation>
    </message>
    <message>
        <location filename="../lib/render/htmlsanitizer.cpp" line="577"/>
        <source>(This HTML nests its elements more than %1 deep; it is not shown.)</source>
        <translation>(इस HTML के एलिमेंट %1 स्तरों से अधिक गहराई तक नेस्ट हैं; इसे दिखाया नहीं जाता।)</translation>
    </message>
</context>
<context>
    <name>Lectern::HugoImporter</name>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="307"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 missing</source>
        <translation>%1 जोड़ी गईं, %2 अपडेट हुईं, %3 अपरिवर्तित, %4 ग़ायब</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="314"/>
        <source>, %1 skipped</source>
        <translation>, %1 छोड़ी गईं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="328"/>
        <source>%1: no such file</source>
        <translation>%1: फ़ाइल नहीं मिली</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="332"/>
        <source>%1 is a folder, not an index file</source>
        <translation>%1 एक फ़ोल्डर है, इंडेक्स फ़ाइल नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="336"/>
        <source>%1 is %2; the largest index Lectern imports is %3</source>
        <translation>%1 का आकार %2 है; Lectern अधिकतम %3 का इंडेक्स आयात करता है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="342"/>
        <source>cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="354"/>
        <source>%1 is empty (0 bytes of JSON)</source>
        <translation>%1 खाली है (JSON के 0 बाइट)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="363"/>
        <source>%1 is not valid JSON: %2 at %3</source>
        <translation>%1 मान्य JSON नहीं है: %3 पर %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="368"/>
        <source>%1 is not a search index: expected a JSON array of posts, found an object</source>
        <translation>%1 खोज इंडेक्स नहीं है: पोस्ट का JSON array अपेक्षित था, ऑब्जेक्ट मिला</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="382"/>
        <source>item %1: permalink %2 is already used by item %3</source>
        <translation>आइटम %1: परमालिंक %2 पहले से आइटम %3 में उपयोग हो रहा है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="388"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="401"/>
        <source>%1 holds no posts (an empty array)</source>
        <translation>%1 में कोई पोस्ट नहीं है (खाली array)</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="405"/>
        <source>%1: none of its %2 items could be used; the first: %3</source>
        <translation>%1: इसके %2 आइटम में से कोई भी उपयोग नहीं किया जा सका; पहली समस्या: %3</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="416"/>
        <source>cannot write to the library %1: %2</source>
        <translation>लाइब्रेरी %1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="428"/>
        <source>%1: the library refused the import (%2): %3</source>
        <translation>%1: लाइब्रेरी ने आयात अस्वीकार कर दिया (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="443"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="581"/>
        <source>source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="453"/>
        <source>reading posts</source>
        <translation>पोस्ट पढ़ी जा रही हैं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="522"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="533"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="542"/>
        <source>item %1</source>
        <translation>आइटम %1</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="525"/>
        <location filename="../lib/ingest/hugoimporter.cpp" line="535"/>
        <source>search index of item %1</source>
        <translation>आइटम %1 का खोज इंडेक्स</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="547"/>
        <source>tags of item %1</source>
        <translation>आइटम %1 के टैग</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="551"/>
        <source>import of %1 cancelled; the library is unchanged</source>
        <translation>%1 का आयात रद्द किया गया; लाइब्रेरी में कोई बदलाव नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="565"/>
        <source>flagging missing posts</source>
        <translation>ग़ायब पोस्ट चिह्नित की जा रही हैं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="573"/>
        <source>series</source>
        <translation>शृंखलाएँ</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="575"/>
        <source>links</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="578"/>
        <source>search index</source>
        <translation>खोज इंडेक्स</translation>
    </message>
    <message>
        <location filename="../lib/ingest/hugoimporter.cpp" line="583"/>
        <source>commit</source>
        <translation>कमिट</translation>
    </message>
</context>
<context>
    <name>Lectern::Library</name>
    <message>
        <location filename="../lib/store/library.cpp" line="130"/>
        <source>cannot create the folder %1</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सकता</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="136"/>
        <source>cannot open %1: %2</source>
        <translation>%1 खोला नहीं जा सकता: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="143"/>
        <source>%1 is not an SQLite database (or it is damaged)</source>
        <translation>%1 SQLite डेटाबेस नहीं है (या क्षतिग्रस्त है)</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="151"/>
        <source>%1 is an SQLite database, but not a Lectern library</source>
        <translation>%1 SQLite डेटाबेस है, पर Lectern लाइब्रेरी नहीं</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="158"/>
        <source>%1 was written by a newer Lectern (library format %2; this Lectern reads up to %3). Update Lectern to open it.</source>
        <translation>%1 को Lectern के नए संस्करण ने लिखा है (लाइब्रेरी फ़ॉर्मैट %2; यह Lectern %3 तक पढ़ता है)। इसे खोलने के लिए Lectern अपडेट करें।</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="174"/>
        <source>%1 is damaged (SQLite&apos;s check says: %2)</source>
        <translation>%1 क्षतिग्रस्त है (SQLite की जाँच का परिणाम: %2)</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="175"/>
        <source>the file cannot be read</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="184"/>
        <source>cannot configure %1 (it may be damaged): %2</source>
        <translation>%1 कॉन्फ़िगर नहीं किया जा सकता (शायद यह क्षतिग्रस्त है): %2</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="195"/>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>अपग्रेड से पहले %1 का बैकअप नहीं लिया जा सकता: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="232"/>
        <location filename="../lib/store/library.cpp" line="238"/>
        <source>cannot move %1 aside to %2</source>
        <translation>%1 को अलग रखकर %2 नाम नहीं दिया जा सकता</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="251"/>
        <source>%1: no such backup</source>
        <translation>%1: ऐसा कोई बैकअप नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="257"/>
        <source>cannot copy the backup %1 to %2</source>
        <translation>बैकअप %1 को %2 पर कॉपी नहीं किया जा सकता</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="273"/>
        <source>missing migration %1</source>
        <translation>माइग्रेशन %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="282"/>
        <source>upgrading %1 to library format %2 failed: %3</source>
        <translation>%1 को लाइब्रेरी फ़ॉर्मैट %2 में अपग्रेड करना विफल: %3</translation>
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
        <translation>सभी पोस्ट (%1)</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="178"/>
        <source>Bookmarks (%1)</source>
        <translation>बुकमार्क (%1)</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="185"/>
        <source>All posts</source>
        <translation>सभी पोस्ट</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="187"/>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="189"/>
        <source>Series</source>
        <translation>शृंखलाएँ</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="191"/>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../lib/models/librarytreemodel.cpp" line="193"/>
        <source>Bookmarks</source>
        <translation>बुकमार्क</translation>
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
        <translation>लाइब्रेरी में नहीं है: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="438"/>
        <source>Search the library (Ctrl+K)</source>
        <translation>लाइब्रेरी में खोजें (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="439"/>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="441"/>
        <source>Type to search; Up and Down choose a result, Enter opens it, Ctrl+Enter opens it in a new tab, Esc clears</source>
        <translation>खोजने के लिए टाइप करें; Up और Down से परिणाम चुनें, Enter से खोलें, Ctrl+Enter से नए टैब में खोलें, Esc से साफ़ करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="451"/>
        <source>Library</source>
        <translation>लाइब्रेरी</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="459"/>
        <source>Posts</source>
        <translation>पोस्ट</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="487"/>
        <source>Search status</source>
        <translation>खोज की स्थिति</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="492"/>
        <source>Search results</source>
        <translation>खोज परिणाम</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="521"/>
        <source>Articles</source>
        <translation>लेख</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="527"/>
        <source>Open articles</source>
        <translation>खुले लेख</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="565"/>
        <location filename="../app/mainwindow.cpp" line="575"/>
        <source>Outline</source>
        <translation>रूपरेखा</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="582"/>
        <source>Series name</source>
        <translation>शृंखला का नाम</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="586"/>
        <source>Series parts</source>
        <translation>शृंखला के भाग</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="599"/>
        <source>Series</source>
        <translation>शृंखलाएँ</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="612"/>
        <source>Bookmarks</source>
        <translation>बुकमार्क</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="626"/>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="639"/>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="678"/>
        <source>&amp;Import Index File…</source>
        <translation>इंडेक्स फ़ाइल आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="679"/>
        <source>Import a Hugo/PaperMod search index (index.json)</source>
        <translation>Hugo/PaperMod खोज इंडेक्स (index.json) आयात करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="681"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="682"/>
        <source>Print the article (light theme)</source>
        <translation>लेख प्रिंट करें (हल्की थीम)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="684"/>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="686"/>
        <source>Save the article as a PDF (light theme)</source>
        <translation>लेख को PDF के रूप में सहेजें (हल्की थीम)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="690"/>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="693"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="697"/>
        <source>&amp;Search Library</source>
        <translation>लाइब्रेरी में खोजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="699"/>
        <source>Put the cursor in the search field (also /)</source>
        <translation>कर्सर खोज फ़ील्ड में रखें (/ से भी)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="701"/>
        <source>&amp;Find in Article…</source>
        <translation>लेख में ढूँढें (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="706"/>
        <source>Find &amp;Next</source>
        <translation>अगला ढूँढें (&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="711"/>
        <source>Find Pre&amp;vious</source>
        <translation>पिछला ढूँढें (&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="713"/>
        <source>Copy &amp;Link to Post</source>
        <translation>पोस्ट का लिंक कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="715"/>
        <source>Copy the post&apos;s original web address</source>
        <translation>पोस्ट का मूल वेब पता कॉपी करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="718"/>
        <source>&amp;Back</source>
        <translation>पीछे (&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="720"/>
        <source>&amp;Forward</source>
        <translation>आगे (&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="722"/>
        <location filename="../app/mainwindow.cpp" line="1488"/>
        <source>&amp;Previous Part</source>
        <translation>पिछला भाग (&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="724"/>
        <source>The previous part of the series, else the previous post of the category</source>
        <translation>शृंखला का पिछला भाग, अन्यथा श्रेणी की पिछली पोस्ट</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="726"/>
        <location filename="../app/mainwindow.cpp" line="1489"/>
        <source>&amp;Next Part</source>
        <translation>अगला भाग (&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="728"/>
        <source>The next part of the series, else the next post of the category</source>
        <translation>शृंखला का अगला भाग, अन्यथा श्रेणी की अगली पोस्ट</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="730"/>
        <source>&amp;Start Page</source>
        <translation>प्रारंभ पेज (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="734"/>
        <location filename="../app/mainwindow.cpp" line="1502"/>
        <source>&amp;Bookmark Post</source>
        <translation>पोस्ट बुकमार्क करें (&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="736"/>
        <source>Bookmark the post, or remove its bookmark</source>
        <translation>पोस्ट को बुकमार्क करें, या उसका बुकमार्क हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="739"/>
        <source>Bookmark with &amp;Label…</source>
        <translation>लेबल के साथ बुकमार्क करें (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="741"/>
        <source>Bookmark the post under a label of your own</source>
        <translation>पोस्ट को अपने लेबल के साथ बुकमार्क करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="749"/>
        <source>&amp;Highlight Selection</source>
        <translation>चयन हाइलाइट करें (&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="751"/>
        <source>Highlight the text selected in the article</source>
        <translation>लेख में चुना गया पाठ हाइलाइट करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="754"/>
        <source>Highlight with &amp;Note…</source>
        <translation>नोट के साथ हाइलाइट करें (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="756"/>
        <source>Highlight the selected text and write a note on it</source>
        <translation>चुना गया पाठ हाइलाइट करें और उस पर नोट लिखें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="759"/>
        <source>&amp;Export Notes…</source>
        <translation>नोट निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="760"/>
        <source>Export notes and highlights as Markdown files</source>
        <translation>नोट और हाइलाइट Markdown फ़ाइलों के रूप में निर्यात करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="768"/>
        <source>Mark as &amp;Read</source>
        <translation>पढ़ा हुआ चिह्नित करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="772"/>
        <source>Open &amp;Original in Browser</source>
        <translation>मूल पेज ब्राउज़र में खोलें (&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="773"/>
        <source>Open the post&apos;s web page in the system browser</source>
        <translation>पोस्ट का वेब पेज सिस्टम ब्राउज़र में खोलें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="776"/>
        <source>&amp;New Tab</source>
        <translation>नया टैब (&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="785"/>
        <source>&amp;Close Tab</source>
        <translation>टैब बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="789"/>
        <source>Ne&amp;xt Tab</source>
        <translation>अगला टैब (&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="796"/>
        <source>Pre&amp;vious Tab</source>
        <translation>पिछला टैब (&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="802"/>
        <source>&amp;Reopen Closed Tab</source>
        <translation>बंद टैब फिर से खोलें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="808"/>
        <source>Zoom &amp;In</source>
        <translation>ज़ूम इन (&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="810"/>
        <source>Zoom &amp;Out</source>
        <translation>ज़ूम आउट (&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="812"/>
        <source>&amp;Actual Size</source>
        <translation>वास्तविक आकार (&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="819"/>
        <source>Follow the &amp;System</source>
        <translation>सिस्टम के अनुसार (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="820"/>
        <source>&amp;Light</source>
        <translation>हल्की (&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="821"/>
        <source>&amp;Dark</source>
        <translation>गहरी (&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="822"/>
        <source>S&amp;epia</source>
        <translation>सेपिया (&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="832"/>
        <source>&amp;Next Theme</source>
        <translation>अगली थीम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="834"/>
        <source>Light, dark, sepia, then following the system again</source>
        <translation>हल्की, गहरी, सेपिया, फिर दोबारा सिस्टम के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="848"/>
        <source>%1 Panel</source>
        <translation>%1 पैनल</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="854"/>
        <source>&amp;Add Source…</source>
        <translation>स्रोत जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="855"/>
        <source>Follow a blog by its address, a feed, an index.json or a Markdown folder</source>
        <translation>किसी ब्लॉग को उसके पते, फ़ीड, index.json या Markdown फ़ोल्डर से फ़ॉलो करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="861"/>
        <source>&amp;Refresh All Sources</source>
        <translation>सभी स्रोत रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="862"/>
        <source>Fetch every source now (in the background)</source>
        <translation>सभी स्रोत अभी प्राप्त करें (पृष्ठभूमि में)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="864"/>
        <source>Fetch &amp;Full Article</source>
        <translation>पूरा लेख प्राप्त करें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="865"/>
        <source>Download the post&apos;s web page and keep its article as the post&apos;s body</source>
        <translation>पोस्ट का वेब पेज डाउनलोड करें और उसके लेख को पोस्ट के मुख्य पाठ के रूप में रखें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="871"/>
        <source>&amp;Full Screen</source>
        <translation>फ़ुल स्क्रीन (&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="880"/>
        <source>&amp;Command Palette…</source>
        <translation>कमांड पैलेट (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="881"/>
        <source>Every command, searchable</source>
        <translation>सभी कमांड, खोजने योग्य</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="888"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="890"/>
        <source>&amp;About Lectern</source>
        <translation>Lectern के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="893"/>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="908"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="911"/>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="914"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="915"/>
        <source>&amp;Theme</source>
        <translation>थीम (&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="921"/>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="924"/>
        <source>&amp;Post</source>
        <translation>पोस्ट (&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="927"/>
        <source>&amp;Tabs</source>
        <translation>टैब (&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="930"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="933"/>
        <location filename="../app/mainwindow.cpp" line="935"/>
        <source>Navigation</source>
        <translation>नेविगेशन</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="968"/>
        <source>Navigation &amp;Toolbar</source>
        <translation>नेविगेशन टूलबार (&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="977"/>
        <source>Library size</source>
        <translation>लाइब्रेरी का आकार</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="980"/>
        <source>Last import</source>
        <translation>पिछला आयात</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="982"/>
        <source>Background work</source>
        <translation>पृष्ठभूमि कार्य</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="985"/>
        <source>Import progress</source>
        <translation>आयात की प्रगति</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="990"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="991"/>
        <source>Cancel the import</source>
        <translation>आयात रद्द करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1003"/>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1029"/>
        <source>Opened in your browser: %1</source>
        <translation>आपके ब्राउज़र में खोला गया: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1036"/>
        <source>Not opened: %1</source>
        <translation>नहीं खोला गया: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1054"/>
        <source>Copied 1 line of code</source>
        <translation>कोड की 1 पंक्ति कॉपी की गई</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1055"/>
        <source>Copied %1 lines of code</source>
        <translation>कोड की %1 पंक्तियाँ कॉपी की गईं</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1063"/>
        <location filename="../app/mainwindow.cpp" line="1140"/>
        <source>New Tab</source>
        <translation>नया टैब</translation>
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
        <translation>“%1” से कोई पोस्ट मेल नहीं खाती।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1231"/>
        <source>Showing results for “%1”.</source>
        <translation>“%1” के परिणाम दिखाए जा रहे हैं।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1234"/>
        <location filename="../app/mainwindow.cpp" line="1516"/>
        <source>1 post</source>
        <translation>1 पोस्ट</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1234"/>
        <location filename="../app/mainwindow.cpp" line="1516"/>
        <source>%1 posts</source>
        <translation>%1 पोस्ट</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1235"/>
        <source>Searched in %1 ms</source>
        <translation>%1 ms में खोजा गया</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1462"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;part %2 of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;भाग %2 (कुल %3)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1470"/>
        <source>This post is not part of a series.</source>
        <translation>यह पोस्ट किसी शृंखला का हिस्सा नहीं है।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1471"/>
        <source>Open a post to see its series.</source>
        <translation>शृंखला देखने के लिए कोई पोस्ट खोलें।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1488"/>
        <source>&amp;Previous in Category</source>
        <translation>श्रेणी में पिछली (&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1489"/>
        <source>&amp;Next in Category</source>
        <translation>श्रेणी में अगली (&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1490"/>
        <source>Previous: %1</source>
        <translation>पिछली: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1491"/>
        <source>No previous post</source>
        <translation>कोई पिछली पोस्ट नहीं</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1492"/>
        <source>Next: %1</source>
        <translation>अगली: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1492"/>
        <source>No next post</source>
        <translation>कोई अगली पोस्ट नहीं</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1502"/>
        <source>Remove &amp;Bookmark</source>
        <translation>बुकमार्क हटाएँ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1517"/>
        <source>%1 series</source>
        <translation>शृंखलाएँ: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1518"/>
        <source>%1 read</source>
        <translation>पढ़ी गईं: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1523"/>
        <location filename="../app/mainwindow.cpp" line="1964"/>
        <location filename="../app/mainwindow.cpp" line="2018"/>
        <source>sample library</source>
        <translation>नमूना लाइब्रेरी</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1527"/>
        <source>Last import: %1, %2</source>
        <translation>पिछला आयात: %1, %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1530"/>
        <source>Nothing imported yet: File › Import</source>
        <translation>अभी तक कुछ आयात नहीं हुआ: फ़ाइल › आयात</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1573"/>
        <source>This is the last one.</source>
        <translation>यह आख़िरी है।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1573"/>
        <source>This is the first one.</source>
        <translation>यह पहला है।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1597"/>
        <source>Reading state</source>
        <translation>पढ़ने की स्थिति</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1655"/>
        <source>Theme: %1</source>
        <translation>थीम: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1664"/>
        <source>Zoom %1%</source>
        <translation>ज़ूम %1%</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1670"/>
        <source>Import a Search Index</source>
        <translation>खोज इंडेक्स आयात करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1672"/>
        <source>Hugo search index (*.json);;All files (*)</source>
        <translation>Hugo खोज इंडेक्स (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1684"/>
        <source>Print Article</source>
        <translation>लेख प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1704"/>
        <source>Printing failed: the page did not load</source>
        <translation>प्रिंट विफल: पेज लोड नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1712"/>
        <source>Sent to the printer</source>
        <translation>प्रिंटर को भेजा गया</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1712"/>
        <source>Printing failed</source>
        <translation>प्रिंट विफल</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1729"/>
        <source>Save as PDF</source>
        <translation>PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1732"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1748"/>
        <source>Saving the PDF failed: the page did not load</source>
        <translation>PDF सहेजना विफल: पेज लोड नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1759"/>
        <source>Saved %1</source>
        <translation>%1 सहेजा गया</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1760"/>
        <source>Could not write %1</source>
        <translation>%1 लिखा नहीं जा सका</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1796"/>
        <source>Copied %1</source>
        <translation>%1 कॉपी किया गया</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1813"/>
        <source>This post has no web address</source>
        <translation>इस पोस्ट का कोई वेब पता नहीं है</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1837"/>
        <source>No post at %1</source>
        <translation>%1 पर कोई पोस्ट नहीं</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1875"/>
        <location filename="../app/mainwindow.cpp" line="1901"/>
        <location filename="../app/mainwindow.cpp" line="1929"/>
        <location filename="../app/mainwindow.cpp" line="1934"/>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1876"/>
        <source>%1 is a feed (RSS, Atom or JSON Feed). Lectern follows feeds by their web address: add the feed&apos;s address as a source (lectern sources add URL) instead of a saved copy.</source>
        <translation>%1 एक फ़ीड है (RSS, Atom या JSON Feed)। Lectern फ़ीड को उनके वेब पते से फ़ॉलो करता है: सहेजी गई प्रति के बजाय फ़ीड का पता स्रोत के रूप में जोड़ें (lectern sources add URL)।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1902"/>
        <source>%1 cannot be imported as a Markdown folder: %2</source>
        <translation>%1 को Markdown फ़ोल्डर के रूप में आयात नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1930"/>
        <source>%1 is not a readable file.</source>
        <translation>%1 पढ़ने योग्य फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1935"/>
        <source>An import is already running (%1). Wait for it to finish or cancel it first.</source>
        <translation>एक आयात पहले से चल रहा है (%1)। उसके पूरा होने की प्रतीक्षा करें या पहले उसे रद्द करें।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1942"/>
        <source>Importing %1…</source>
        <translation>%1 आयात किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1967"/>
        <source>Imported %1: %2.</source>
        <translation>%1 आयात किया गया: %2।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1980"/>
        <source>%1 series, %2 links between posts</source>
        <translation>%1 शृंखलाएँ, पोस्ट के बीच %2 लिंक</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1982"/>
        <source>Skipped:</source>
        <translation>छोड़े गए:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1984"/>
        <source>Posts no longer in the file were kept, marked missing: %1.</source>
        <translation>जो पोस्ट अब फ़ाइल में नहीं हैं, उन्हें रखा गया और ग़ायब चिह्नित किया गया: %1।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1987"/>
        <source>Import Finished</source>
        <translation>आयात पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1988"/>
        <source>Imported %1.</source>
        <translation>%1 आयात किया गया।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1995"/>
        <source>Import of %1 cancelled; the library is unchanged.</source>
        <translation>%1 का आयात रद्द किया गया; लाइब्रेरी में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="2000"/>
        <source>Import Failed</source>
        <translation>आयात विफल</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="2001"/>
        <source>%1 could not be imported. The library is unchanged.</source>
        <translation>%1 आयात नहीं किया जा सका। लाइब्रेरी में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="2191"/>
        <source>One file at a time: importing %1</source>
        <translation>एक बार में एक फ़ाइल: %1 आयात की जा रही है</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownFolder</name>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="387"/>
        <source>the front matter opened with &quot;%1&quot; on line 1 is never closed</source>
        <translation>पंक्ति 1 पर &quot;%1&quot; से शुरू हुआ फ़्रंट मैटर कभी बंद नहीं होता</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="425"/>
        <source>%1: no such folder</source>
        <translation>%1: फ़ोल्डर नहीं मिला</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="429"/>
        <source>%1 is a file, not a folder of Markdown posts</source>
        <translation>%1 एक फ़ाइल है, Markdown पोस्ट का फ़ोल्डर नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="433"/>
        <source>%1 cannot be read</source>
        <translation>%1 पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="467"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <location filename="../lib/ingest/markdownfolder.cpp" line="471"/>
        <source>%1: is %2, larger than the %3 a Markdown post may be</source>
        <translation>%1: आकार %2 है, जो Markdown पोस्ट की अधिकतम सीमा %3 से अधिक है</translation>
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
        <translation>%1 — इन सभी का परमालिंक %2 है; इनमें से कोई भी आयात नहीं किया जाता</translation>
    </message>
</context>
<context>
    <name>Lectern::NoteRepository</name>
    <message>
        <location filename="../lib/store/marks.cpp" line="429"/>
        <location filename="../lib/store/marks.cpp" line="449"/>
        <source>a note needs some text (to delete a note, remove it)</source>
        <translation>नोट में कुछ पाठ होना चाहिए (नोट मिटाने के लिए उसे हटाएँ)</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="458"/>
        <source>no highlight with id %1</source>
        <translation>ID %1 वाला कोई हाइलाइट नहीं</translation>
    </message>
    <message>
        <location filename="../lib/store/marks.cpp" line="474"/>
        <source>no note with id %1</source>
        <translation>ID %1 वाला कोई नोट नहीं</translation>
    </message>
</context>
<context>
    <name>Lectern::NotesController</name>
    <message>
        <location filename="../app/notescontroller.cpp" line="70"/>
        <source>Open a post and select the text to highlight.</source>
        <translation>कोई पोस्ट खोलें और हाइलाइट करने के लिए पाठ चुनें।</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="78"/>
        <source>Select some text of the article to highlight it.</source>
        <translation>हाइलाइट करने के लिए लेख का कुछ पाठ चुनें।</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="142"/>
        <source>no post is open</source>
        <translation>कोई पोस्ट खुली नहीं है</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="143"/>
        <source>there are no search results</source>
        <translation>कोई खोज परिणाम नहीं है</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notescontroller.cpp" line="153"/>
        <source>none of the %n search results has notes or highlights</source>
        <translation>
            <numerusform>%n खोज परिणाम में कोई नोट या हाइलाइट नहीं है</numerusform>
            <numerusform>%n खोज परिणामों में से किसी में भी नोट या हाइलाइट नहीं है</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="158"/>
        <source>the library has no notes or highlights yet</source>
        <translation>लाइब्रेरी में अभी कोई नोट या हाइलाइट नहीं है</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="170"/>
        <source>Export Notes</source>
        <translation>नोट निर्यात करें</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="173"/>
        <source>&amp;All notes and highlights</source>
        <translation>सभी नोट और हाइलाइट (&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="174"/>
        <source>The &amp;current post</source>
        <translation>वर्तमान पोस्ट (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notescontroller.cpp" line="176"/>
        <source>The current &amp;search results (%n posts)</source>
        <translation>
            <numerusform>वर्तमान खोज परिणाम (%n पोस्ट) (&amp;S)</numerusform>
            <numerusform>वर्तमान खोज परिणाम (%n पोस्ट) (&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="195"/>
        <source>Export folder</source>
        <translation>निर्यात फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="201"/>
        <source>C&amp;hoose…</source>
        <translation>चुनें (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="204"/>
        <source>Export Notes To</source>
        <translation>नोट निर्यात करने का फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="211"/>
        <source>&amp;Folder:</source>
        <translation>फ़ोल्डर (&amp;F):</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="215"/>
        <source>One Markdown file per post, for a notes app or any Markdown viewer. A file you edited since the last export is kept; Lectern&apos;s version is written beside it.</source>
        <translation>हर पोस्ट की एक Markdown फ़ाइल, किसी नोट ऐप या किसी भी Markdown व्यूअर के लिए। पिछले निर्यात के बाद आपके द्वारा संपादित फ़ाइल बनी रहती है; Lectern का संस्करण उसके बगल में लिखा जाता है।</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="222"/>
        <source>&amp;Export</source>
        <translation>निर्यात करें (&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="238"/>
        <source>no folder was given</source>
        <translation>कोई फ़ोल्डर नहीं दिया गया</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="241"/>
        <source>Notes exported: %1</source>
        <translation>नोट निर्यात किए गए: %1</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="242"/>
        <source>Notes Exported</source>
        <translation>नोट निर्यात किए गए</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="243"/>
        <source>Exported to %1: %2</source>
        <translation>%1 में निर्यात किया गया: %2</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="249"/>
        <source>Notes Not Exported</source>
        <translation>नोट निर्यात नहीं किए गए</translation>
    </message>
    <message>
        <location filename="../app/notescontroller.cpp" line="250"/>
        <source>The notes were not exported: %1</source>
        <translation>नोट निर्यात नहीं किए गए: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::NotesExportSummary</name>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="453"/>
        <source>%1 written, %2 unchanged, %3 skipped</source>
        <translation>%1 लिखी गईं, %2 अपरिवर्तित, %3 छोड़ी गईं</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="463"/>
        <source>written: %1</source>
        <translation>लिखा गया: %1</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="465"/>
        <source>unchanged: %1</source>
        <translation>अपरिवर्तित: %1</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="468"/>
        <source>skipped: %1 (%2)</source>
        <translation>छोड़ा गया: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="469"/>
        <source>skipped: %1 (%2: %3)</source>
        <translation>छोड़ा गया: %1 (%2: %3)</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="473"/>
        <source>no notes or highlights: %1</source>
        <translation>कोई नोट या हाइलाइट नहीं: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::NotesExporter</name>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="563"/>
        <source>no folder to export to</source>
        <translation>निर्यात के लिए कोई फ़ोल्डर नहीं</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="588"/>
        <source>no file to export to</source>
        <translation>निर्यात के लिए कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="590"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 एक फ़ोल्डर है, फ़ाइल नहीं</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="606"/>
        <source>Notes from Lectern</source>
        <translation>Lectern से नोट</translation>
    </message>
</context>
<context>
    <name>Lectern::NotesExporter::Result</name>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="344"/>
        <source>cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="357"/>
        <source>cannot be read: %1</source>
        <translation>पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="371"/>
        <source>edited since the last export; Lectern has nothing new for it</source>
        <translation>पिछले निर्यात के बाद संपादित; Lectern के पास इसके लिए कुछ नया नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="375"/>
        <source>edited since the last export</source>
        <translation>पिछले निर्यात के बाद संपादित</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="384"/>
        <source>edited since the last export; Lectern&apos;s new version is beside it</source>
        <translation>पिछले निर्यात के बाद संपादित; Lectern का नया संस्करण इसके बगल में है</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="389"/>
        <source>edited since the last export, and %1 is taken or edited too; nothing written</source>
        <translation>पिछले निर्यात के बाद संपादित, और %1 भी पहले से मौजूद या संपादित है; कुछ नहीं लिखा गया</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="410"/>
        <source>the name is taken by a file that is not this export (and so is %1); nothing written</source>
        <translation>यह नाम ऐसी फ़ाइल का है जो इस निर्यात की नहीं है (और %1 भी); कुछ नहीं लिखा गया</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="421"/>
        <source>not a Lectern notes export; nothing written (%1: %2)</source>
        <translation>यह Lectern का नोट निर्यात नहीं है; कुछ नहीं लिखा गया (%1: %2)</translation>
    </message>
    <message>
        <location filename="../lib/notes/notesexporter.cpp" line="426"/>
        <source>not a Lectern notes export; Lectern&apos;s version is beside it</source>
        <translation>यह Lectern का नोट निर्यात नहीं है; Lectern का संस्करण इसके बगल में है</translation>
    </message>
</context>
<context>
    <name>Lectern::NotesPanel</name>
    <message>
        <location filename="../app/notespanel.cpp" line="99"/>
        <source>Post Note</source>
        <translation>पोस्ट पर नोट</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="101"/>
        <source>Edit the note on the whole post</source>
        <translation>पूरी पोस्ट पर नोट संपादित करें</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="108"/>
        <source>Note editor and preview</source>
        <translation>नोट संपादक और पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="112"/>
        <source>Note (Markdown)</source>
        <translation>नोट (Markdown)</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="117"/>
        <source>Note preview</source>
        <translation>नोट का पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="119"/>
        <source>&amp;Write</source>
        <translation>लिखें (&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="120"/>
        <source>Pre&amp;view</source>
        <translation>पूर्वावलोकन (&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="135"/>
        <source>&amp;Highlights in this post:</source>
        <translation>इस पोस्ट में हाइलाइट (&amp;H):</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="138"/>
        <source>Highlights in this post</source>
        <translation>इस पोस्ट में हाइलाइट</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="143"/>
        <source>None yet: select text in the article and highlight it.</source>
        <translation>अभी कोई नहीं: लेख में पाठ चुनें और उसे हाइलाइट करें।</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="156"/>
        <location filename="../app/notespanel.cpp" line="157"/>
        <source>Filter all notes</source>
        <translation>सभी नोट फ़िल्टर करें</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="162"/>
        <source>All notes, by post</source>
        <translation>सभी नोट, पोस्ट के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="189"/>
        <source>Editing...</source>
        <translation>संपादन जारी...</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="189"/>
        <source>Saved</source>
        <translation>सहेजा गया</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="207"/>
        <source>Edit &amp;Note</source>
        <translation>नोट संपादित करें (&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="210"/>
        <source>&amp;Show in Article</source>
        <translation>लेख में दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="215"/>
        <source>&amp;Remove Highlight</source>
        <translation>हाइलाइट हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="219"/>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="247"/>
        <source>Saved at %1</source>
        <translation>%1 पर सहेजा गया</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="255"/>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="256"/>
        <source>The note was not saved: %1</source>
        <translation>नोट सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="304"/>
        <source>Open a post to write a note on it.</source>
        <translation>नोट लिखने के लिए कोई पोस्ट खोलें।</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="306"/>
        <source>A note on this highlight, in Markdown. It is saved as you type.</source>
        <translation>इस हाइलाइट पर Markdown में नोट। यह टाइप करते ही सहेजा जाता है।</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="308"/>
        <source>A note on this post, in Markdown. It is saved as you type.</source>
        <translation>इस पोस्ट पर Markdown में नोट। यह टाइप करते ही सहेजा जाता है।</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="320"/>
        <source>No post open</source>
        <translation>कोई पोस्ट खुली नहीं है</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="324"/>
        <source>Note on “%1”</source>
        <translation>“%1” पर नोट</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="329"/>
        <source>Note on the highlight “%1”</source>
        <translation>हाइलाइट “%1” पर नोट</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="368"/>
        <source>no post is open</source>
        <translation>कोई पोस्ट खुली नहीं है</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="374"/>
        <source>Not highlighted: %1</source>
        <translation>हाइलाइट नहीं हुआ: %1</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="381"/>
        <source>Highlighted “%1”</source>
        <translation>“%1” हाइलाइट किया गया</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="469"/>
        <source>Detached: %1</source>
        <translation>अलग हुआ: %1</translation>
    </message>
    <message>
        <location filename="../app/notespanel.cpp" line="470"/>
        <source>No longer found in the post&apos;s text; kept as it was.

%1</source>
        <translation>अब पोस्ट के पाठ में नहीं मिला; जैसा था वैसा रखा गया।

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
        <translation>कॉपी किया गया</translation>
    </message>
    <message>
        <location filename="../app/pagebridge.cpp" line="21"/>
        <source>Highlight</source>
        <translation>हाइलाइट करें</translation>
    </message>
</context>
<context>
    <name>Lectern::PlainStripper</name>
    <message>
        <location filename="../lib/ingest/plainstripper.cpp" line="222"/>
        <source>the front matter has no closing &apos;---&apos; line</source>
        <translation>फ़्रंट मैटर में बंद करने वाली &apos;---&apos; पंक्ति नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/plainstripper.cpp" line="236"/>
        <source>cmark-gfm could not parse the document</source>
        <translation>cmark-gfm दस्तावेज़ को पार्स नहीं कर सका</translation>
    </message>
</context>
<context>
    <name>Lectern::PostListModel</name>
    <message>
        <location filename="../lib/models/postlistmodel.cpp" line="259"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
</context>
<context>
    <name>Lectern::ReadingStateRepository</name>
    <message>
        <location filename="../lib/store/marks.cpp" line="554"/>
        <source>reading position %1 is outside 0..1</source>
        <translation>पढ़ने की स्थिति %1 0..1 की सीमा से बाहर है</translation>
    </message>
</context>
<context>
    <name>Lectern::ReanchorSummary</name>
    <message>
        <location filename="../lib/notes/highlightanchorer.cpp" line="38"/>
        <source>%1 checked: %2 in place, %3 moved, %4 changed slightly, %5 detached (%6 placed again)</source>
        <translation>%1 जाँचे गए: %2 अपनी जगह पर, %3 खिसके, %4 में हल्का बदलाव, %5 अलग हुए (%6 फिर से रखे गए)</translation>
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
            <numerusform> (%n समस्या)</numerusform>
            <numerusform> (%n समस्याएँ)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="79"/>
        <source>%1: unchanged (not modified since the last refresh)</source>
        <translation>%1: अपरिवर्तित (पिछले रीफ़्रेश के बाद कोई बदलाव नहीं)</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="80"/>
        <source>%1: unchanged</source>
        <translation>%1: अपरिवर्तित</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="82"/>
        <source>%1: needs credentials: %2</source>
        <translation>%1: क्रेडेंशियल चाहिए: %2</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="84"/>
        <source>%1: cancelled; nothing was changed</source>
        <translation>%1: रद्द किया गया; कुछ नहीं बदला</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="89"/>
        <source>%1: failed: %2</source>
        <translation>%1: विफल: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::SearchEngine</name>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="1409"/>
        <source>The search index cannot be read: %1</source>
        <translation>खोज इंडेक्स पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="1569"/>
        <source>The search failed: %1</source>
        <translation>खोज विफल रही: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SearchEngine::Private</name>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="134"/>
        <source>the search needs an open SQLite library</source>
        <translation>खोज के लिए खुली हुई SQLite लाइब्रेरी चाहिए</translation>
    </message>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="582"/>
        <source>No category &quot;%1&quot;: this library has no categories.</source>
        <translation>कोई श्रेणी &quot;%1&quot; नहीं: इस लाइब्रेरी में कोई श्रेणी नहीं है।</translation>
    </message>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="583"/>
        <source>No category &quot;%1&quot;. Categories: %2.</source>
        <translation>कोई श्रेणी &quot;%1&quot; नहीं। श्रेणियाँ: %2।</translation>
    </message>
    <message>
        <location filename="../lib/search/searchengine.cpp" line="1359"/>
        <source>Note: %1</source>
        <translation>नोट: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SecretStore</name>
    <message>
        <location filename="../lib/core/secretstore.cpp" line="25"/>
        <source>keychain: %1</source>
        <translation>कीचेन: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SettingsDialog</name>
    <message>
        <location filename="../app/settingsdialog.cpp" line="31"/>
        <location filename="../app/settingsdialog.cpp" line="32"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="35"/>
        <source>Reading</source>
        <translation>पढ़ना</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="38"/>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="39"/>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="40"/>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="41"/>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="42"/>
        <source>Sepia</source>
        <translation>सेपिया</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="44"/>
        <source>&amp;Theme:</source>
        <translation>थीम (&amp;T):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="47"/>
        <source>Code theme</source>
        <translation>कोड थीम</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="48"/>
        <source>Matching the theme</source>
        <translation>थीम से मेल खाती</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="52"/>
        <source>&amp;Code theme:</source>
        <translation>कोड थीम (&amp;C):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="57"/>
        <source>&amp;Serif</source>
        <translation>सेरिफ़ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="58"/>
        <source>Sans-seri&amp;f</source>
        <translation>सैन्स-सेरिफ़ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="59"/>
        <source>&amp;Other:</source>
        <translation>अन्य (&amp;O):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="61"/>
        <source>Font family</source>
        <translation>फ़ॉन्ट परिवार</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="86"/>
        <source>Font:</source>
        <translation>फ़ॉन्ट:</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="89"/>
        <source>Font size</source>
        <translation>फ़ॉन्ट आकार</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="91"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="93"/>
        <source>Font si&amp;ze:</source>
        <translation>फ़ॉन्ट आकार (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="96"/>
        <source>Privacy</source>
        <translation>गोपनीयता</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="98"/>
        <source>Load &amp;remote images in posts</source>
        <translation>पोस्ट में रिमोट छवियाँ लोड करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="99"/>
        <source>Off: reading never makes a network request.</source>
        <translation>बंद: पढ़ते समय कभी कोई नेटवर्क अनुरोध नहीं होता।</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="104"/>
        <source>Library</source>
        <translation>लाइब्रेरी</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="108"/>
        <source>Library file</source>
        <translation>लाइब्रेरी फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="110"/>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="113"/>
        <source>Library &amp;file:</source>
        <translation>लाइब्रेरी फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="117"/>
        <source>In use now: %1
A new location takes effect at the next start (--db and LECTERN_DB take precedence).</source>
        <translation>अभी उपयोग में: %1
नया स्थान अगली बार शुरू करने पर लागू होगा (--db और LECTERN_DB को प्राथमिकता मिलती है)।</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="127"/>
        <location filename="../app/settingsdialog.cpp" line="130"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="131"/>
        <source>System (%1)</source>
        <translation>सिस्टम (%1)</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="143"/>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="144"/>
        <source>Takes effect when Lectern is started again.</source>
        <translation>Lectern को दोबारा शुरू करने पर लागू होगा।</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="159"/>
        <source>Library File</source>
        <translation>लाइब्रेरी फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="159"/>
        <source>Lectern library (*.sqlite);;All files (*)</source>
        <translation>Lectern लाइब्रेरी (*.sqlite);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>Lectern::ShortcutsDialog</name>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="36"/>
        <source>Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="37"/>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="41"/>
        <location filename="../app/shortcutsdialog.cpp" line="42"/>
        <source>Filter shortcuts</source>
        <translation>शॉर्टकट फ़िल्टर करें</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="45"/>
        <source>Shortcuts</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="47"/>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="47"/>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="74"/>
        <source>Search field</source>
        <translation>खोज फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="76"/>
        <source>Move through the results</source>
        <translation>परिणामों में ऊपर-नीचे जाएँ</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="76"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Up, Down, Page Up, Page Down</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="77"/>
        <source>Open the selected result</source>
        <translation>चुना हुआ परिणाम खोलें</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="77"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="78"/>
        <source>Open it in a new tab</source>
        <translation>इसे नए टैब में खोलें</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="78"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="79"/>
        <source>Clear the search, then return to the article</source>
        <translation>खोज साफ़ करें, फिर लेख पर लौटें</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="79"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="80"/>
        <source>Focus the search field from anywhere but a text field</source>
        <translation>किसी भी जगह से (टेक्स्ट फ़ील्ड को छोड़कर) खोज फ़ील्ड पर जाएँ</translation>
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
        <translation>इस लाइब्रेरी के साथ एक और Lectern पहले से चल रहा है।</translation>
    </message>
    <message>
        <location filename="../app/singleinstance.cpp" line="85"/>
        <source>Cannot listen for other launches on %1: %2</source>
        <translation>%1 पर अन्य लॉन्च के लिए सुनना संभव नहीं: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::SourceAddDialog</name>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="24"/>
        <source>Add Source</source>
        <translation>स्रोत जोड़ें</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="27"/>
        <source>https://blog.example/ or a feed, index.json, folder</source>
        <translation>https://blog.example/ या कोई फ़ीड, index.json, फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="29"/>
        <source>Folder…</source>
        <translation>फ़ोल्डर…</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="31"/>
        <source>A local Markdown folder (a Hugo or Jekyll content/ tree)</source>
        <translation>स्थानीय Markdown फ़ोल्डर (Hugo या Jekyll का content/ ट्री)</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="39"/>
        <source>optional: the blog&apos;s own title</source>
        <translation>वैकल्पिक: ब्लॉग का अपना शीर्षक</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="45"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="46"/>
        <source>Only by hand</source>
        <translation>केवल मैन्युअल</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="49"/>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="50"/>
        <source>HTTP Basic (user and password)</source>
        <translation>HTTP Basic (उपयोगकर्ता और पासवर्ड)</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="51"/>
        <source>Bearer token</source>
        <translation>Bearer टोकन</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="57"/>
        <source>Kept in the system keychain, never in the library or settings</source>
        <translation>सिस्टम कीचेन में रखा जाता है, लाइब्रेरी या सेटिंग्स में कभी नहीं</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="58"/>
        <source>Include drafts</source>
        <translation>ड्राफ़्ट शामिल करें</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="66"/>
        <source>&amp;Address:</source>
        <translation>पता (&amp;A):</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="70"/>
        <source>&amp;Refresh every:</source>
        <translation>रीफ़्रेश अंतराल (&amp;R):</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="71"/>
        <source>&amp;Sign-in:</source>
        <translation>साइन-इन (&amp;S):</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="72"/>
        <source>&amp;User:</source>
        <translation>उपयोगकर्ता (&amp;U):</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="75"/>
        <location filename="../app/sourceadddialog.cpp" line="210"/>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="81"/>
        <source>&amp;Add</source>
        <translation>जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="86"/>
        <source>Lectern finds the feed itself: a blog&apos;s page that advertises one, an RSS, Atom or JSON feed, or a Hugo index.json.</source>
        <translation>Lectern फ़ीड ख़ुद ढूँढ लेता है: ब्लॉग का ऐसा पेज जो फ़ीड बताता हो, RSS, Atom या JSON फ़ीड, या Hugo का index.json।</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="157"/>
        <source>Edit Source</source>
        <translation>स्रोत संपादित करें</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="169"/>
        <source>unchanged (stored in the keychain)</source>
        <translation>अपरिवर्तित (कीचेन में सहेजा गया)</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="171"/>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="193"/>
        <source>Markdown Folder</source>
        <translation>Markdown फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../app/sourceadddialog.cpp" line="210"/>
        <source>&amp;Token:</source>
        <translation>टोकन (&amp;T):</translation>
    </message>
</context>
<context>
    <name>Lectern::SourceManager</name>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="57"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 http या https पता नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="64"/>
        <source>%1 is already a source (&quot;%2&quot;)</source>
        <translation>%1 पहले से एक स्रोत है (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="70"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>&quot;%1&quot; नाम का स्रोत पहले से मौजूद है</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="89"/>
        <source>%1 is not a folder</source>
        <translation>%1 फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="89"/>
        <source>%1: no such folder</source>
        <translation>%1: फ़ोल्डर नहीं मिला</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="112"/>
        <location filename="../lib/sources/sourcemanager.cpp" line="150"/>
        <source>there is no such source</source>
        <translation>ऐसा कोई स्रोत नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcemanager.cpp" line="116"/>
        <source>&quot;%1&quot; is being refreshed; cancel that first</source>
        <translation>&quot;%1&quot; रीफ़्रेश हो रहा है; पहले उसे रद्द करें</translation>
    </message>
</context>
<context>
    <name>Lectern::SourceRefresher</name>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="146"/>
        <source>%1 is a web page that advertises no feed (no &lt;link rel=&quot;alternate&quot;&gt; to RSS, Atom or JSON Feed)</source>
        <translation>%1 ऐसा वेब पेज है जो कोई फ़ीड नहीं बताता (RSS, Atom या JSON Feed के लिए कोई &lt;link rel=&quot;alternate&quot;&gt; नहीं)</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="161"/>
        <source>the page advertises %1, but: %2</source>
        <translation>पेज %1 बताता है, लेकिन: %2</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="167"/>
        <source>the page advertises %1, but that is not a feed: %2</source>
        <translation>पेज %1 बताता है, लेकिन वह फ़ीड नहीं है: %2</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="168"/>
        <source>it is a web page</source>
        <translation>यह एक वेब पेज है</translation>
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
        <translation>स्रोत की स्थिति सहेजी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="226"/>
        <source>a %1 source cannot be refreshed</source>
        <translation>%1 प्रकार का स्रोत रीफ़्रेश नहीं किया जा सकता</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="260"/>
        <source>no user name and password for this source (Basic authentication); enter them to refresh it</source>
        <translation>इस स्रोत के लिए कोई उपयोगकर्ता नाम और पासवर्ड नहीं (Basic प्रमाणीकरण); रीफ़्रेश करने के लिए उन्हें दर्ज करें</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="262"/>
        <source>no token for this source (Bearer authentication); enter it to refresh it</source>
        <translation>इस स्रोत के लिए कोई टोकन नहीं (Bearer प्रमाणीकरण); रीफ़्रेश करने के लिए उसे दर्ज करें</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="346"/>
        <source>%1 now answers with a web page, not a %2</source>
        <translation>%1 अब %2 के बजाय वेब पेज से उत्तर देता है</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="350"/>
        <source>%1 now serves a %2, not a %3</source>
        <translation>%1 अब %3 के बजाय %2 देता है</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="539"/>
        <source>%1: the site answered HTTP %2; stopping until the next run</source>
        <translation>%1: साइट ने HTTP %2 उत्तर दिया; अगली बार तक रोका गया</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="572"/>
        <source>the permalink serves a %1, not a web page</source>
        <translation>परमालिंक %1 देता है, वेब पेज नहीं</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcerefresher.cpp" line="581"/>
        <source>the article on the page is empty after cleaning</source>
        <translation>सफ़ाई के बाद पेज पर लेख खाली है</translation>
    </message>
</context>
<context>
    <name>Lectern::SourceRegistry</name>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="103"/>
        <source>Hugo index</source>
        <translation>Hugo इंडेक्स</translation>
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
        <translation>Markdown फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="115"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="171"/>
        <source>Up to date</source>
        <translation>अद्यतन</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="173"/>
        <source>Unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="175"/>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="177"/>
        <source>Needs credentials</source>
        <translation>क्रेडेंशियल चाहिए</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="179"/>
        <source>Cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="183"/>
        <source>Never refreshed</source>
        <translation>कभी रीफ़्रेश नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="263"/>
        <location filename="../lib/sources/sourceregistry.cpp" line="303"/>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>&quot;%1&quot; नाम का स्रोत पहले से मौजूद है</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourceregistry.cpp" line="267"/>
        <source>%1 is already a source (&quot;%2&quot;)</source>
        <translation>%1 पहले से एक स्रोत है (&quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>Lectern::SourceSecrets</name>
    <message>
        <location filename="../lib/sources/sourcesecrets.cpp" line="46"/>
        <source>The keychain is not available (%1). The password or token is used for this session only: it is not saved anywhere, and Lectern will ask for it again next time.</source>
        <translation>कीचेन उपलब्ध नहीं है (%1)। पासवर्ड या टोकन केवल इस सत्र के लिए उपयोग होगा: यह कहीं सहेजा नहीं जाता, और Lectern अगली बार फिर से पूछेगा।</translation>
    </message>
    <message>
        <location filename="../lib/sources/sourcesecrets.cpp" line="62"/>
        <source>it refused the entry</source>
        <translation>इसने प्रविष्टि अस्वीकार कर दी</translation>
    </message>
</context>
<context>
    <name>Lectern::SourcesModel</name>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="176"/>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="179"/>
        <source>Refreshing… %1%</source>
        <translation>रीफ़्रेश हो रहा है… %1%</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="194"/>
        <source>%1 posts, %2 gone from the source (kept)</source>
        <translation>%1 पोस्ट, %2 स्रोत से हट गईं (रखी गईं)</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="197"/>
        <source>%1 posts</source>
        <translation>%1 पोस्ट</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="76"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 gone</source>
        <translation>%1 नई, %2 अपडेट, %3 अपरिवर्तित, %4 हटीं</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="82"/>
        <source>Not modified since the last refresh</source>
        <translation>पिछले रीफ़्रेश के बाद कोई बदलाव नहीं</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="90"/>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="92"/>
        <source>Basic, password in the keychain</source>
        <translation>Basic, पासवर्ड कीचेन में</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="93"/>
        <source>Basic, no password stored</source>
        <translation>Basic, कोई पासवर्ड सहेजा नहीं गया</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="95"/>
        <source>Bearer, token in the keychain</source>
        <translation>Bearer, टोकन कीचेन में</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="95"/>
        <source>Bearer, no token stored</source>
        <translation>Bearer, कोई टोकन सहेजा नहीं गया</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="228"/>
        <source>Sign-in</source>
        <translation>साइन-इन</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="230"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="232"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="234"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="236"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="238"/>
        <source>Posts</source>
        <translation>पोस्ट</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="240"/>
        <source>Last refresh</source>
        <translation>पिछला रीफ़्रेश</translation>
    </message>
    <message>
        <location filename="../lib/models/sourcesmodel.cpp" line="242"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>Lectern::SourcesPanel</name>
    <message>
        <location filename="../app/sourcespanel.cpp" line="64"/>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="72"/>
        <source>&amp;Add…</source>
        <translation>जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="73"/>
        <source>Add a blog by its address, a feed, an index.json or a Markdown folder</source>
        <translation>किसी ब्लॉग को उसके पते, फ़ीड, index.json या Markdown फ़ोल्डर से जोड़ें</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="74"/>
        <source>&amp;Edit…</source>
        <translation>संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="75"/>
        <source>Rename the source, change its refresh interval or how it signs in</source>
        <translation>स्रोत का नाम, उसका रीफ़्रेश अंतराल या साइन-इन का तरीक़ा बदलें</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="76"/>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="77"/>
        <source>Remove the source and its posts from the library</source>
        <translation>स्रोत और उसकी पोस्ट लाइब्रेरी से हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="78"/>
        <source>Re&amp;fresh</source>
        <translation>रीफ़्रेश करें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="79"/>
        <source>Fetch the selected source now</source>
        <translation>चुना हुआ स्रोत अभी प्राप्त करें</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="80"/>
        <source>Refresh A&amp;ll</source>
        <translation>सभी रीफ़्रेश करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="81"/>
        <source>Fetch every source now</source>
        <translation>सभी स्रोत अभी प्राप्त करें</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="82"/>
        <source>Fetch All Ar&amp;ticles</source>
        <translation>सभी लेख प्राप्त करें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="83"/>
        <source>Download the full article page of every post that has only index text or a summary (one page a second)</source>
        <translation>हर उस पोस्ट का पूरा लेख पेज डाउनलोड करें जिसमें केवल इंडेक्स पाठ या सारांश है (प्रति सेकंड एक पेज)</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="107"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="108"/>
        <source>Stop: the source keeps what it had</source>
        <translation>रोकें: स्रोत में जो था वही रहेगा</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="135"/>
        <source>Refreshing %1…</source>
        <translation>%1 रीफ़्रेश हो रहा है…</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="135"/>
        <location filename="../app/sourcespanel.cpp" line="252"/>
        <source>Looking at %1…</source>
        <translation>%1 को जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="148"/>
        <source>Added. %1</source>
        <translation>जोड़ा गया। %1</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="154"/>
        <source>Sources refresh by their interval while Lectern runs.</source>
        <translation>Lectern के चलते रहने तक स्रोत अपने अंतराल पर रीफ़्रेश होते हैं।</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="155"/>
        <source>No sources yet: add a blog with Add…</source>
        <translation>अभी कोई स्रोत नहीं: &quot;जोड़ें…&quot; से कोई ब्लॉग जोड़ें</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="232"/>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="258"/>
        <source>%1 was not added: %2</source>
        <translation>%1 नहीं जोड़ा गया: %2</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="265"/>
        <source>%1 needs credentials: choose how to sign in.</source>
        <translation>%1 के लिए क्रेडेंशियल चाहिए: साइन-इन का तरीक़ा चुनें।</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="275"/>
        <source>Remove Source</source>
        <translation>स्रोत हटाएँ</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sourcespanel.cpp" line="276"/>
        <source>Remove &quot;%1&quot; and its %n post(s) from the library? Their bookmarks, highlights and notes go with them.</source>
        <translation>
            <numerusform>&quot;%1&quot; और उसकी %n पोस्ट को लाइब्रेरी से हटाएँ? उसके बुकमार्क, हाइलाइट और नोट भी साथ में हट जाएँगे।</numerusform>
            <numerusform>&quot;%1&quot; और उसकी %n पोस्ट को लाइब्रेरी से हटाएँ? उनके बुकमार्क, हाइलाइट और नोट भी साथ में हट जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="287"/>
        <source>Removed %1.</source>
        <translation>%1 हटाया गया।</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="316"/>
        <source>This post has no web page of its own to fetch.</source>
        <translation>इस पोस्ट का अपना कोई वेब पेज नहीं है जिसे प्राप्त किया जा सके।</translation>
    </message>
    <message>
        <location filename="../app/sourcespanel.cpp" line="319"/>
        <source>Fetching the article…</source>
        <translation>लेख प्राप्त किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>Lectern::Structure</name>
    <message>
        <location filename="../lib/ingest/structure.cpp" line="1125"/>
        <source>not JSON: %1</source>
        <translation>JSON नहीं: %1</translation>
    </message>
    <message>
        <location filename="../lib/ingest/structure.cpp" line="1129"/>
        <source>no &quot;blocks&quot; array in the structure JSON</source>
        <translation>संरचना JSON में कोई &quot;blocks&quot; array नहीं</translation>
    </message>
    <message>
        <location filename="../lib/ingest/structure.cpp" line="1148"/>
        <source>block %1 has an unknown type &apos;%2&apos;</source>
        <translation>ब्लॉक %1 का प्रकार &apos;%2&apos; अज्ञात है</translation>
    </message>
</context>
<context>
    <name>Lectern::StructureCache</name>
    <message>
        <location filename="../lib/ingest/structurecache.cpp" line="23"/>
        <source>no post with id %1</source>
        <translation>ID %1 वाली कोई पोस्ट नहीं</translation>
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
KF6 SyntaxHighlighting %3 (%4 सिंटैक्स परिभाषाएँ, %5 थीम)
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
        <translation>प्रविष्टि %1 (&quot;%2&quot;) में कोई लिंक नहीं है</translation>
    </message>
    <message>
        <location filename="../lib/ingest/feedparser.cpp" line="417"/>
        <source>entry %1 (&quot;%2&quot;) has no usable link: %3</source>
        <translation>प्रविष्टि %1 (&quot;%2&quot;) में कोई उपयोगी लिंक नहीं: %3</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="29"/>
        <source>&amp;OK</source>
        <translation>ठीक है (&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="30"/>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="31"/>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="32"/>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="33"/>
        <source>Close without Saving</source>
        <translation>सहेजे बिना बंद करें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="35"/>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="36"/>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="10"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="11"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="12"/>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="13"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="14"/>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="15"/>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="16"/>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="17"/>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="18"/>
        <source>Abort</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="19"/>
        <source>Retry</source>
        <translation>फिर से प्रयास करें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="20"/>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="21"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="22"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="23"/>
        <source>Discard</source>
        <translation>ख़ारिज करें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="24"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="25"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="26"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location filename="../app/qtstandardtexts.cpp" line="27"/>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पुनर्स्थापित करें</translation>
    </message>
</context>
</TS>
