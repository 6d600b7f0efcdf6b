package org.kbaudit.simulation;

import org.kbaudit.domain.KbauditException;

/** An event that cannot be applied to the modelled server (an unknown adapter, a VLAN already there, ...). */
public class SimulationException extends KbauditException {

    public SimulationException(String message) {
        super(message);
    }
}
