<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>IdentityForm</name>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="64" />
            <source>The organisation sending the documents, printed at the top of page 1 of every document and on the breach register (GDPR Art. 33(5)).</source>
            <translation>L’organisme qui émet les documents, imprimé en tête de la page 1 de chaque document et sur le registre des violations (RGPD, art. 33, par. 5).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="67" />
            <source>The postal address under the name on page 1, one line per line.</source>
            <translation>L’adresse postale sous le nom en page 1, telle que saisie ligne par ligne.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="69" />
            <source>The data protection officer designated under GDPR Art. 37 (position and tasks: Art. 38–39). A notification gives the name of the DPO or of another contact point (Art. 33(3)(b)).</source>
            <translation>Le délégué à la protection des données désigné en application de l’article 37 du RGPD (fonction et missions : art. 38 et 39). La notification indique le nom du DPO ou d’un autre point de contact (art. 33, par. 3, b).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="73" />
            <source>e-mail, telephone</source>
            <translation>courriel, téléphone</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="74" />
            <source>How the supervisory authority and the data subjects reach the DPO: published and communicated to the authority (GDPR Art. 37(7)); given in the notification (Art. 33(3)(b)) and in the letter to the data subjects (Art. 34(2)).</source>
            <translation>Les coordonnées par lesquelles l’autorité de contrôle et les personnes concernées joignent le DPO : publiées et communiquées à l’autorité (RGPD, art. 37, par. 7), indiquées dans la notification (art. 33, par. 3, b) et dans la communication aux personnes concernées (art. 34, par. 2).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="79" />
            <source>The signatory's lines (name, then role) closing the Art. 33 notification and the Art. 34 letter.</source>
            <translation>Les lignes du signataire (nom, puis qualité) qui closent la notification (art. 33) et la communication aux personnes concernées (art. 34).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="90" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="91" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="92" />
            <source>A PNG or JPEG image printed beside the name on page 1 of every document.</source>
            <translation>Une image PNG ou JPEG imprimée à côté du nom en page 1 de chaque document.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="95" />
            <source>Print no logo (the image file itself is not deleted).</source>
            <translation>N’imprimer aucun logo (le fichier image lui-même n’est pas supprimé).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="114" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="115" />
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="116" />
            <source>&amp;DPO:</source>
            <translation>&amp;DPO :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="117" />
            <source>DPO &amp;contact:</source>
            <translation>&amp;Coordonnées du DPO :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="118" />
            <source>&amp;Signature:</source>
            <translation>&amp;Signature :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="119" />
            <source>Logo:</source>
            <translation>Logo :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="120" />
            <source>Stored in {path}, read by every document in this language.</source>
            <translation>Enregistré dans {path}, lu par chaque document rédigé dans cette langue.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="187" />
            <source>No logo</source>
            <translation>Aucun logo</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="193" />
            <source>Cannot show this file: it is missing or not an image</source>
            <translation>Impossible d’afficher ce fichier : il est introuvable ou ce n’est pas une image</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="199" />
            <source>Choose the logo</source>
            <translation>Choisir le logo</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="199" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="205" />
            <source>The logo {path} cannot be read as an image: it may be damaged. Choose another PNG or JPEG file.</source>
            <translation>Le logo {path} ne peut pas être lu comme une image : il est peut-être endommagé. Choisissez un autre fichier PNG ou JPEG.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="220" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="225" />
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="226" />
            <source>Deadlines</source>
            <translation>Délais</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="227" />
            <source>Security</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="228" />
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="229" />
            <source>Preferences stored in {path}</source>
            <translation>Préférences enregistrées dans {path}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="251" />
            <source>System ({language})</source>
            <translation>Système ({language})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="256" />
            <source>The language of menus and dialogs. The documents have their own language, chosen when they are built. System: the language of your desktop.</source>
            <translation>La langue des menus et des boîtes de dialogue. Les documents ont leur propre langue, choisie au moment de les produire. Système : la langue de votre bureau.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="261" />
            <source>The IANA time zone a new case starts with, and in which the home dashboard shows times (default {zone}). Clocks are computed in UTC: the 72 hours of GDPR Art. 33(1) are the same in any zone; only the display changes.</source>
            <translation>Le fuseau horaire IANA d’un nouveau dossier et celui dans lequel le tableau de bord d’accueil affiche les heures (par défaut {zone}). Les délais sont calculés en UTC : les 72 heures de l’article 33, paragraphe 1, du RGPD sont les mêmes dans tous les fuseaux ; seul l’affichage change.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="266" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="269" />
            <source>Display time &amp;zone:</source>
            <translation>&amp;Fuseau d’affichage :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="272" />
            <source>An open case keeps its own time zone (Overview tab).</source>
            <translation>Un dossier ouvert conserve son propre fuseau horaire (onglet Vue d’ensemble).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="279" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="281" />
            <source>GDPR Art. 33(2): a processor notifies the controller “without undue delay” after becoming aware of a breach. The GDPR sets no hours; the contract (Art. 28) usually does. A new processor or sub-processor party starts with this period (default {hours} h); each party can have its own.</source>
            <translation>RGPD, art. 33, par. 2 : le sous-traitant notifie au responsable du traitement toute violation de données « dans les meilleurs délais » après en avoir pris connaissance. Le RGPD ne fixe pas d’heures ; le contrat (art. 28) le fait en général. Un nouveau sous-traitant ou sous-traitant ultérieur part de ce délai (par défaut {hours} h) ; chaque partie peut avoir le sien.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="290" />
            <source>A clock is “due soon” when less than this is left before its deadline (default {hours} h). For the 72 hours of GDPR Art. 33(1), 12 h leaves the last half day to finish the notification.</source>
            <translation>Un délai est « bientôt échu » lorsqu’il reste moins que cette durée avant son échéance (par défaut {hours} h). Pour les 72 heures de l’article 33, paragraphe 1, du RGPD, 12 h laissent la dernière demi-journée pour achever la notification.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="294" />
            <source>Show a desktop notification when a deadline is near or has passed</source>
            <translation>Afficher une notification sur le bureau lorsqu’une échéance approche ou est dépassée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="297" />
            <source>Announce each clock that becomes due soon or overdue (GDPR Art. 33(1): 72 hours after awareness), in the system tray or, without one, in a banner of the window.</source>
            <translation>Signaler chaque délai qui devient bientôt échu ou dépassé (RGPD, art. 33, par. 1 : 72 heures après la prise de connaissance), dans la zone de notification du système ou, à défaut, dans un bandeau de la fenêtre.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="302" />
            <source>after the processor became aware (GDPR Art. 33(2))</source>
            <translation>après sa prise de connaissance (RGPD, art. 33, par. 2)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="306" />
            <source>is left before the deadline</source>
            <translation>avant l’échéance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="309" />
            <source>Processor's &amp;notice period:</source>
            <translation>Délai d’&amp;information du sous-traitant :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="312" />
            <source>&amp;Due soon when less than:</source>
            <translation>&amp;Bientôt échu s’il reste moins de :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="322" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="323" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="325" />
            <source>An encrypted workspace's window locks after this long without input; its passphrase unlocks it (default {minutes} min, 0: never). A security measure in the sense of GDPR Art. 32.</source>
            <translation>La fenêtre d’un espace de travail chiffré se verrouille après cette durée sans saisie ; sa phrase secrète la déverrouille (par défaut {minutes} min, 0 : jamais). Une mesure de sécurité au sens de l’article 32 du RGPD.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="330" />
            <source>&amp;Lock an encrypted workspace after:</source>
            <translation>&amp;Verrouiller un espace de travail chiffré après :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="339" />
            <source>Documents in French</source>
            <translation>Documents en français</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="340" />
            <source>Documents in English</source>
            <translation>Documents en anglais</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="342" />
            <source>The sender printed on the regulator's documents, in each document language.</source>
            <translation>L’émetteur imprimé sur les documents destinés à l’autorité, dans chaque langue des documents.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="403" />
            <source>Unsaved settings</source>
            <translation>Paramètres non enregistrés</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/settingsdialog.py" line="404" />
            <source>Discard the changes you made to the settings?</source>
            <translation>Abandonner les modifications apportées aux paramètres ?</translation>
        </message>
    </context>
</TS>
