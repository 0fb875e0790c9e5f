package org.backoffice.events.it;

public enum NumberBlockKind {
    /** Numbers of the public network the company holds from its carrier, in E.164 ("+493012345600"). */
    EXTERNAL,
    /** Extensions of the company's phone system ("204"). */
    EXTENSIONS
}
